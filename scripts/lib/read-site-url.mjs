import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Reads `url` from site.yaml so Astro knows the public address (canonical links, sitemap).
 * Kept tiny and forgiving: the validator, not the config, reports a broken site.yaml.
 */
export function readSiteUrl(contentDir) {
  try {
    const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8').replace(/^\uFEFF/, ''));
    return typeof site?.url === 'string' ? site.url : undefined;
  } catch {
    return undefined;
  }
}
