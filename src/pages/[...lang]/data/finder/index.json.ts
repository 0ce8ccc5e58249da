import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getFinderData } from '../../../../lib/finder/get-finder-data.ts';

export const getStaticPaths = (() => inEveryLanguage()) satisfies GetStaticPaths;

/** The finder's index: the facets of every open entry, from the public view (src/lib/finder/finder-data.ts). */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { index } = await getFinderData(currentLocale);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
