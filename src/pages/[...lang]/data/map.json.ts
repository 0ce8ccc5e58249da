import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { toMapData } from '../../../lib/map/map-data.ts';

export const getStaticPaths = (() => inEveryLanguage()) satisfies GetStaticPaths;

/** Every public place, compact, for the map page and "near me": built from the public view, never from HTML. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { site, groups, services, lang } = await getDirectory(currentLocale);
  const data = toMapData([...groups, ...services], site.timezone, lang);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
