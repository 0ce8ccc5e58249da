import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';
import { jsonResponse } from '../../lib/open-data/endpoints.ts';
import { hsdsDataset } from '../../lib/open-data/hsds/dataset.ts';
import { oneToOne } from '../../lib/open-data/hsds/hsds-object.ts';
import { hsdsPage } from '../../lib/open-data/hsds/page.ts';

/** Every service (groups included), one-to-one fields only, as the API's paginated list (one page). */
export const GET: APIRoute = async () =>
  jsonResponse(hsdsPage(hsdsDataset(await getDirectory()).services.map(oneToOne)));
