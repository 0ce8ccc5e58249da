import { languagePrefix, samePageIn } from '../paths.ts';

/** The page at `pathname` in every published language, for the language switcher and `hreflang` links. */
export function languageVersions(
  site: { languages: readonly string[]; default_language: string },
  pathname: string,
  current: string,
) {
  const from = languagePrefix(current, site.default_language);
  return site.languages.map((lang) => ({
    lang,
    href: samePageIn(pathname, from, languagePrefix(lang, site.default_language)),
    current: lang === current,
  }));
}
