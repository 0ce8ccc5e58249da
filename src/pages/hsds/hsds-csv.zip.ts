import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';
import { hsdsZip } from '../../lib/open-data/hsds/tabular.ts';
import { tabularFiles } from '../../lib/open-data/hsds/tabular-files.ts';
import { referenceDate } from '../../lib/staleness.ts';

/** Every CSV and the descriptor in one download. */
export const GET: APIRoute = async () =>
  new Response(hsdsZip(tabularFiles(await getDirectory()), referenceDate()), {
    headers: { 'Content-Type': 'application/zip' },
  });
