import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The origin map tiles come from (`map.tiles` in site.yaml), for the Content Security Policy's img-src:
 * the only third-party origin the site may load anything from. Undefined when site.yaml is unreadable —
 * the validator reports that, and the policy then allows no tiles at all.
 */
export function readTileOrigin(contentDir) {
  try {
    const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8').replace(/^\uFEFF/, ''));
    return new URL(String(site?.map?.tiles).replace(/\{[a-z]\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}
