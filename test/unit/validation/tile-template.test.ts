import { describe, expect, it } from 'vitest';
import { tileOrigin } from '../../../src/lib/tile-origin.ts';
import { isTileTemplate } from '../../../src/schemas/site.ts';

describe('the map tile template in site.yaml', () => {
  it('accepts the usual providers’ templates, subdomain and port included', () => {
    for (const template of [
      'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      'https://{s}.tile.example.org/{z}/{x}/{y}@2x.png?key=abc',
      'https://tiles.example.org:8443/osm/{z}/{x}/{y}.png',
    ])
      expect(isTileTemplate(template), template).toBe(true);
  });

  it('refuses anything that could add a directive to the Content Security Policy, or is not a tile URL', () => {
    for (const template of [
      'https://x.org;script-src*/{z}/{x}/{y}.png',
      "https://x.org/{z}/{x}/{y}.png; script-src 'unsafe-inline'",
      "https://x.org/{z}/{x}/{y}.png'",
      'https://user:pass@x.org/{z}/{x}/{y}.png',
      'http://tile.example.org/{z}/{x}/{y}.png',
      'https://tile.example.org/{z}.png',
      'javascript:alert(1)//{z}/{x}/{y}',
    ])
      expect(isTileTemplate(template), template).toBe(false);
  });

  it('gives the policy only a plain origin', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://x.org;img-src*/{z}/{x}/{y}.png')).toBeUndefined();
  });
});
