import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';
import { jsonResponse, openDataPaths } from '../../lib/open-data/endpoints.ts';
import { datapackage } from '../../lib/open-data/hsds/tabular.ts';
import { licences } from '../../lib/open-data/licences.ts';
import { absoluteUrl } from '../../lib/open-data/site-url.ts';

/** The HSDS API's root: which version of HSDS this is, and (our fields) where each list is. */
export const GET: APIRoute = async () => {
  const { site } = await getDirectory();
  const at = (path: string) => absoluteUrl(site, path);
  return jsonResponse({
    version: datapackage.version,
    profile: datapackage.homepage,
    circles_licence: { id: site.open_data.licence, ...licences[site.open_data.licence] },
    circles_services: at(openDataPaths.hsdsServices()),
    circles_organizations: at(openDataPaths.hsdsOrganizations()),
    circles_taxonomies: at(openDataPaths.hsdsTaxonomies()),
    circles_taxonomy_terms: at(openDataPaths.hsdsTaxonomyTerms()),
    circles_tabular: at(openDataPaths.hsdsDatapackage()),
  });
};
