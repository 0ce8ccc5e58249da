import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot, getDirectory } from '../../lib/directory/load-directory.ts';

const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

/** The community's logo (theme.logo in site.yaml), copied from the content folder to /logo/<file>. */
export const getStaticPaths = (async () => {
  const { site } = await getDirectory();
  return site.theme.logo ? [{ params: { file: site.theme.logo } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  const type = TYPES[file.endsWith('.svg') ? 'svg' : 'png'];
  return new Response(await readFile(join(contentRoot, file)), { headers: { 'Content-Type': type } });
};
