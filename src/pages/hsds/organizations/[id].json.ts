import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { jsonResponse } from '../../../lib/open-data/endpoints.ts';
import { hsdsDataset } from '../../../lib/open-data/hsds/dataset.ts';
import type { HsdsObject } from '../../../lib/open-data/hsds/hsds-object.ts';

/**
 * One organisation with its services' one-to-one fields, at its stable UUID, for `astro dev`. A build
 * writes these files itself (integrations/entry-files.ts): as routes they cost what a page does.
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? hsdsDataset(await getDirectory()).organizations.map((organization) => ({
        params: { id: String(organization.id) },
        props: { organization },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ organization: HsdsObject }> = ({ props }) => jsonResponse(props.organization);
