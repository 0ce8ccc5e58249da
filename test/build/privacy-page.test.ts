import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { page } from '../support/built-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';

const site = parse(readFileSync(join(FIXTURE_CONTENT, 'site.yaml'), 'utf8')) as { map: { tiles: string } };
const tileHost = new URL(site.map.tiles.replace(/\{[a-z]\}/g, '0')).host;

describe('the privacy page', () => {
  it.each(['/privacy/', '/es/privacy/'])(
    '%s names the tile server from site.yaml as the only other host',
    (path) => {
      const hosts = page(path).querySelector('[data-privacy-hosts]')?.textContent ?? '';
      expect(hosts).toContain(tileHost);
    },
  );

  it.each(['/privacy/', '/es/privacy/'])('%s quotes the very policy its page is served with', (path) => {
    const doc = page(path);
    const quoted = doc.querySelector('[data-privacy-policy]')?.textContent ?? '';
    const served =
      doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const directives = quoted.split('; ');
    expect(directives.length).toBeGreaterThan(3);
    for (const directive of directives) expect(served.split(/;\s*/)).toContain(directive);
  });
});
