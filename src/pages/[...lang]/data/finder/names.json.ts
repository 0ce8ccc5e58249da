import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getFinderData } from '../../../../lib/finder/get-finder-data.ts';

export const getStaticPaths = (() => inEveryLanguage()) satisfies GetStaticPaths;

/** Every open entry's key, name and extra search words, in index order; topics' other names. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { names } = await getFinderData(currentLocale);
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
