import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../../lib/directory/load-directory.ts';
import { placeLines } from '../../../../lib/finder/build-finder-data.ts';

export const getStaticPaths = (() => inEveryLanguage()) satisfies GetStaticPaths;

/** The gazetteer "near" matches typed places against, on the visitor's device. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const directory = await getDirectory(currentLocale);
  return new Response(JSON.stringify(placeLines(directory)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
