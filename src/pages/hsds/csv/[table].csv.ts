import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { tabularFile, tabularFileNames } from '../../../lib/open-data/hsds/tabular-files.ts';

/**
 * One CSV per HSDS object, columns in the order the specification's datapackage.json gives. The text is
 * made when the file is written, not carried in the route's props, which Astro keeps to the build's end.
 */
export const getStaticPaths = (() =>
  tabularFileNames
    .filter((path) => path.endsWith('.csv'))
    .map((path) => ({ params: { table: path.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(tabularFile(await getDirectory(), `${params.table}.csv`), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
