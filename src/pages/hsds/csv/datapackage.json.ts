import type { APIRoute } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { tabularFile } from '../../../lib/open-data/hsds/tabular-files.ts';

/** The Tabular Data Package descriptor beside the CSVs. */
export const GET: APIRoute = async () =>
  new Response(tabularFile(await getDirectory(), 'datapackage.json'), {
    headers: { 'Content-Type': 'application/json' },
  });
