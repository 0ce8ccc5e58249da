import { languageVersions } from './directory/language-versions.ts';
import { languagePrefix } from './paths.ts';

/** The language a site address is in: the one whose prefix it starts with, else the main language. */
function languageOf(pathname: string, languages: readonly string[], defaultLanguage: string): string {
  return (
    languages.find((lang) => {
      const prefix = languagePrefix(lang, defaultLanguage);
      return prefix !== '' && (pathname === `${prefix}/` || pathname.startsWith(`${prefix}/`));
    }) ?? defaultLanguage
  );
}

/**
 * A sitemap address's versions in every language, as the page's own `hreflang` links give them
 * (`languageVersions`), or none on a site in one language. @astrojs/sitemap's `i18n` option finds them by
 * comparing every address with every other: 11 s at 10,000 entries, 11 minutes at 100,000.
 */
export function sitemapLinks(
  url: string,
  languages: readonly string[],
  defaultLanguage: string,
): { url: string; lang: string }[] | undefined {
  if (languages.length < 2) return undefined;
  const address = new URL(url);
  const current = languageOf(address.pathname, languages, defaultLanguage);
  const site = { languages, default_language: defaultLanguage };
  return languageVersions(site, address.pathname, current).map((version) => ({
    url: new URL(version.href, address).href,
    lang: version.lang,
  }));
}
