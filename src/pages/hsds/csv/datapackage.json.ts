import type { APIRoute } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { tabularFiles } from '../../../lib/open-data/hsds/tabular-files.ts';

/** The Tabular Data Package descriptor beside the CSVs. */
export const GET: APIRoute = async () => {
  const descriptor = tabularFiles(await getDirectory()).find((file) => file.path === 'datapackage.json');
  return new Response(descriptor?.text, { headers: { 'Content-Type': 'application/json' } });
};
