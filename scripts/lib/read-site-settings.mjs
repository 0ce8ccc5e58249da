import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { publishedLanguages } from '../../src/lib/site-languages.ts';
import { tileOrigin } from '../../src/lib/tile-origin.ts';

/**
 * The few settings from site.yaml that Astro's own configuration needs: the public address, the origin
 * map tiles come from (the only third-party origin the Content Security Policy allows), the interface
 * languages for i18n routing and the accent colour for the theme stylesheet. Kept forgiving: the validator, which runs before every build, reports a
 * broken site.yaml with line numbers, so here anything unreadable just falls back.
 */
export function readSiteSettings(contentDir) {
  let site;
  try {
    site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    site = undefined;
  }
  const defaultLanguage = typeof site?.default_language === 'string' ? site.default_language : 'en';
  return {
    url: typeof site?.url === 'string' ? site.url : undefined,
    tileOrigin: tileOrigin(site?.map?.tiles),
    accent: typeof site?.theme?.accent === 'string' ? site.theme.accent : undefined,
    defaultLanguage,
    languages: publishedLanguages({
      default_language: defaultLanguage,
      languages: Array.isArray(site?.languages) ? site.languages.map(String) : undefined,
    }),
  };
}
