import type { FinderStrings } from './en/finder.ts';

/**
 * The finder's text for the browser, one small chunk per language, loaded for the page's language only.
 * A new language adds one line here (and its folder; see index.ts).
 */
const loaders: Record<string, () => Promise<{ finder: FinderStrings }>> = {
  en: () => import('./en/finder.ts'),
  es: () => import('./es/finder.ts'),
};

export async function loadFinderStrings(lang: string): Promise<FinderStrings> {
  const load = loaders[lang] ?? loaders['en'];
  if (!load) throw new Error('no finder strings');
  return (await load()).finder;
}
