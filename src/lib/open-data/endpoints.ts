/**
 * The open data's addresses. They are the same in every language: the exports are written from the
 * site's main language, so each dataset has one copy and each id one meaning. (Calendars, which people
 * read, are in every language: see `pathsIn`.)
 */
export const openDataPaths = {
  hsdsIndex: () => '/hsds/index.json',
  hsdsServices: () => '/hsds/services.json',
  hsdsService: (uuid: string) => `/hsds/services/${uuid}.json`,
  hsdsOrganizations: () => '/hsds/organizations.json',
  hsdsOrganization: (uuid: string) => `/hsds/organizations/${uuid}.json`,
  hsdsTaxonomies: () => '/hsds/taxonomies.json',
  hsdsTaxonomyTerms: () => '/hsds/taxonomy_terms.json',
  /** One CSV of the tabular form, by the file name the datapackage gives it. */
  hsdsTable: (file: string) => `/hsds/csv/${file}`,
  hsdsDatapackage: () => '/hsds/csv/datapackage.json',
  hsdsZip: () => '/hsds/hsds-csv.zip',
  meetingGuide: () => '/meeting-guide.json',
  places: () => '/places.geojson',
  sitemap: () => '/sitemap-index.xml',
};

/** A JSON response with the content type data clients expect. */
export function jsonResponse(value: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': type } });
}
