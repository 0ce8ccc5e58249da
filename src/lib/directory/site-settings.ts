import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteSchema } from '../../schemas/site.ts';
import { publishedLanguages } from '../site-languages.ts';
import { tileOrigin } from '../tile-origin.ts';
import { parseYaml } from '../validation/parse-yaml.ts';

/** The few settings Astro's own configuration needs before any content is loaded. */
export interface ConfigSettings {
  url: string | undefined;
  /** The only third-party origin the Content Security Policy allows: where map tiles come from. */
  tileOrigin: string | undefined;
  accent: string | undefined;
  defaultLanguage: string;
  /** Interface languages, for i18n routing: the main one first. */
  languages: string[];
}

const FALLBACK: ConfigSettings = {
  url: undefined,
  tileOrigin: undefined,
  accent: undefined,
  defaultLanguage: 'en',
  languages: ['en'],
};

/**
 * site.yaml as the configuration needs it, read with the validator's parser and schema (the same reading
 * the content loader makes). A site.yaml with problems gives neutral settings: the content loader then
 * stops the build with the validator's report, which names the file, line and fix.
 */
export function readConfigSettings(root: string): ConfigSettings {
  let text: string;
  try {
    text = readFileSync(join(root, 'site.yaml'), 'utf8');
  } catch {
    return FALLBACK;
  }
  const parsed = parseYaml(text);
  const site = parsed.readable ? SiteSchema.safeParse(parsed.data) : undefined;
  if (!site?.success) return FALLBACK;
  return {
    url: site.data.url,
    tileOrigin: tileOrigin(site.data.map.tiles),
    accent: site.data.theme?.accent,
    defaultLanguage: site.data.default_language,
    languages: publishedLanguages(site.data),
  };
}
