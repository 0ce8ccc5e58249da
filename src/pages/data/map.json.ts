import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';
import { toMapData } from '../../lib/map/map-data.ts';

/** Every public place, compact, for the map page and "near me": built from the public view, never from HTML. */
export const GET: APIRoute = async () => {
  const { site, groups, services } = await getDirectory();
  const data = toMapData([...groups, ...services], site.timezone);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
