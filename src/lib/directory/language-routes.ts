import { languagePrefix } from '../paths.ts';
import { getDirectory } from './load-directory.ts';
import type { Directory } from './types.ts';

type Params = Record<string, string | undefined>;
interface Route<P> {
  params?: Params;
  props?: P;
}

/**
 * A route's static paths in every published language. Every page lives under `src/pages/[...lang]/`;
 * `lang` is left out for the site's main language (`/groups/`) and is the language's tag for the others
 * (`/es/groups/`). `make` runs once per language with the directory in that language.
 */
export async function inEveryLanguage<P = never>(
  make: (directory: Directory) => Route<P>[] | Promise<Route<P>[]> = () => [{}],
): Promise<{ params: Params; props?: P }[]> {
  const { site } = await getDirectory();
  const routes: { params: Params; props?: P }[] = [];
  for (const lang of site.languages) {
    const directory = await getDirectory(lang);
    const prefix = languagePrefix(lang, site.default_language).slice(1);
    for (const route of await make(directory)) {
      routes.push({ ...route, params: { ...route.params, lang: prefix || undefined } });
    }
  }
  return routes;
}
