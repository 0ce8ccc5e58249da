import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory/load-directory.ts';
import { jsonResponse } from '../lib/open-data/endpoints.ts';
import { placesGeoJson } from '../lib/open-data/geojson.ts';

/** Every public place as GeoJSON; area-only places at their area's centre, marked approximate. */
export const GET: APIRoute = async () => {
  const { type, features } = placesGeoJson(await getDirectory());
  return jsonResponse({ type, features }, 'application/geo+json');
};
