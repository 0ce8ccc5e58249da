import { describe, expect, it } from 'vitest';
import { sitemapLinks } from '../../src/lib/sitemap-links.ts';

describe('sitemapLinks', () => {
  it('gives a page of either language both versions, as its hreflang links do', () => {
    const both = [
      { url: 'https://circles.example.org/groups/a/', lang: 'en' },
      { url: 'https://circles.example.org/es/groups/a/', lang: 'es' },
    ];
    expect(sitemapLinks('https://circles.example.org/groups/a/', ['en', 'es'], 'en')).toEqual(both);
    expect(sitemapLinks('https://circles.example.org/es/groups/a/', ['en', 'es'], 'en')).toEqual(both);
  });

  it('knows a language home page, and a main-language page whose path merely starts like a prefix', () => {
    expect(sitemapLinks('https://x.org/es/', ['en', 'es'], 'en')?.map((link) => link.url)).toEqual([
      'https://x.org/',
      'https://x.org/es/',
    ]);
    expect(sitemapLinks('https://x.org/estate/', ['en', 'es'], 'en')?.map((link) => link.url)).toEqual([
      'https://x.org/estate/',
      'https://x.org/es/estate/',
    ]);
  });

  it('adds nothing on a site in one language', () => {
    expect(sitemapLinks('https://x.org/groups/a/', ['en'], 'en')).toBeUndefined();
  });
});
