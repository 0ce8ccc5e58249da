import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';
import { jsonResponse } from '../../lib/open-data/endpoints.ts';
import { hsdsDataset } from '../../lib/open-data/hsds/dataset.ts';
import { hsdsPage } from '../../lib/open-data/hsds/page.ts';

/** Every term of every taxonomy. */
export const GET: APIRoute = async () =>
  jsonResponse(hsdsPage(hsdsDataset(await getDirectory()).taxonomyTerms));
