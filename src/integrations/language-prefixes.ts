import type { AstroConfig } from 'astro';
import { languagePrefix } from '../lib/paths.ts';

/**
 * The URL prefix of every published language ("" for the main one, "/es" …), from Astro's i18n settings
 * (which astro.config.mjs reads from site.yaml), for integrations that check each language's output.
 */
export function languagePrefixes(config: AstroConfig): string[] {
  const i18n = config.i18n;
  if (!i18n) return [''];
  return i18n.locales.map((locale) => {
    const code = typeof locale === 'string' ? locale : (locale.codes[0] ?? locale.path);
    return languagePrefix(code, i18n.defaultLocale);
  });
}
