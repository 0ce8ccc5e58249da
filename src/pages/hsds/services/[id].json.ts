import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { jsonResponse } from '../../../lib/open-data/endpoints.ts';
import { hsdsDataset } from '../../../lib/open-data/hsds/dataset.ts';
import type { HsdsObject } from '../../../lib/open-data/hsds/hsds-object.ts';

/**
 * One service, fully nested, at its stable UUID, for `astro dev`. A build writes these files itself
 * (integrations/entry-files.ts): as routes they cost what a page does.
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? hsdsDataset(await getDirectory()).services.map((service) => ({
        params: { id: String(service.id) },
        props: { service },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: HsdsObject }> = ({ props }) => jsonResponse(props.service);
