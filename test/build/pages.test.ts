import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { iconSpriteUrl, icons } from '../../src/lib/icons.ts';
import { allPages, fixtureEntries, page } from '../support/built-site.ts';
import { FIXTURE_OUT } from '../support/fixture-site.ts';

const pages = allPages();
const groups = fixtureEntries('groups');
const html = (file: string) => readFileSync(join(FIXTURE_OUT, file), 'utf8');

describe('every page', () => {
  it('has a skip link to the main content, one h1 and the demo banner', () => {
    for (const file of pages) {
      const doc = parse(html(file));
      const skip = doc.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), file).toBe('#main');
      expect(doc.querySelector('main#main'), file).not.toBeNull();
      expect(doc.querySelectorAll('h1'), file).toHaveLength(1);
      // Every page is in one interface language: English at the root, Spanish under /es/ (404 excepted,
      // which a host serves for any address and so speaks every language, the main one first).
      const lang = file.startsWith('/es/') ? 'es' : 'en';
      expect(doc.querySelector('html')?.getAttribute('lang'), file).toBe(lang);
      expect(doc.querySelector('.demo-notice')?.textContent?.trim(), file).toBe(
        useStrings(lang).ui.layout.demoNotice,
      );
      const exit = doc.querySelector('a[data-quick-exit]');
      expect(exit?.getAttribute('href'), file).toBe('https://www.wikipedia.org/');
      expect(exit?.getAttribute('rel'), file).toBe('noreferrer');
      expect(doc.querySelector('script[src="/quick-exit.js"]'), file).not.toBeNull();
      const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(policy, file).toMatch(
        /default-src 'self'.*img-src 'self' data: https:\/\/tile\.openstreetmap\.org;/,
      );
    }
  });

  // The policy allows no inline code (lib/content-security-policy.ts), so a page must carry none, and the
  // policy must come before anything it governs.
  it('carries no inline script or style, and its policy comes before any script or stylesheet', () => {
    for (const file of pages) {
      const doc = parse(html(file));
      const inline = doc
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(
        inline.map((script) => script.toString().slice(0, 80)),
        file,
      ).toEqual([]);
      expect(doc.querySelectorAll('style'), file).toHaveLength(0);
      const head = doc.querySelector('head')?.querySelectorAll('meta, script, link') ?? [];
      const policyAt = head.findIndex(
        (node) => node.getAttribute('http-equiv') === 'content-security-policy',
      );
      const firstGoverned = head.findIndex((node) => node.tagName === 'SCRIPT' || node.tagName === 'LINK');
      expect(policyAt, file).toBeGreaterThanOrEqual(0);
      expect(policyAt, file).toBeLessThan(firstGoverned);
    }
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <br /> and inline styles are not ours to police here.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'no-inline-style': 'off',
        // Entry names repeat in headings and links by design.
        'no-redundant-role': 'off',
        'long-title': 'off',
        // A call button's label ("Call", "Llama al") may wrap on a narrow phone; the number in it never
        // does (src/lib/phone.ts, unbreakable).
        'tel-non-breaking': ['error', { ignoreClasses: ['button'] }],
        // A filter's checkboxes share their name on purpose: checked together they send `?day=MO&day=TU`.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
      },
    });
    const failures: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(html(file), file);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    for (const file of pages) {
      const doc = parse(html(file));
      const loaded = [
        ...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]'),
        // Canonical and alternate-language links name addresses; they load nothing.
        ...doc
          .querySelectorAll('link[href]')
          .filter((link) => !['canonical', 'alternate'].includes(link.getAttribute('rel') ?? '')),
      ].map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
      expect(
        loaded.filter((url) => /^(https?:)?\/\//.test(url)),
        file,
      ).toEqual([]);
    }
  });

  it('draws each icon from a symbol the built sprite file has, at the sprite’s current address', () => {
    const sprite = parse(readFileSync(join(FIXTURE_OUT, 'icons.svg'), 'utf8'));
    const symbols = new Set(sprite.querySelectorAll('symbol').map((symbol) => symbol.id));
    expect([...symbols].sort()).toEqual(Object.keys(icons).sort());
    const [address] = iconSpriteUrl.split('?');
    const version = createHash('sha256')
      .update(readFileSync(join(FIXTURE_OUT, 'icons.svg')))
      .digest('hex');
    expect(iconSpriteUrl).toBe(`${address}?v=${version.slice(0, 10)}`);
    for (const file of pages) {
      const refs = parse(html(file))
        .querySelectorAll('svg use')
        .map((use) => use.getAttribute('href') ?? '');
      expect(
        refs.filter((href) => !symbols.has(href.replace(`${iconSpriteUrl}#`, ''))),
        file,
      ).toEqual([]);
    }
  });

  it('sends no referrer and no window handle with any link to another site', () => {
    for (const file of pages) {
      const outbound = parse(html(file))
        .querySelectorAll('a[href^="http"]')
        .filter((link) => !/\bnoreferrer\b/.test(link.getAttribute('rel') ?? ''))
        .map((link) => link.getAttribute('href'));
      expect(outbound, file).toEqual([]);
    }
  });

  it('shows the crisis lines from site.yaml with tap-to-call links', () => {
    const doc = page('/groups/');
    const links = doc.querySelectorAll('.crisis a').map((a) => a.getAttribute('href'));
    expect(links.some((href) => href?.startsWith('tel:'))).toBe(true);
  });
});

describe('entry pages', () => {
  const byKind = (kind: string) => groups.find((g) => g.data.location?.kind === kind);

  it('show a public venue with its street address', () => {
    const group = byKind('address');
    expect(group).toBeDefined();
    expect(page(`/groups/${group?.id}/`).querySelector('address')).not.toBeNull();
  });

  it('never show an address for an area-only or on-request location, and say why', () => {
    for (const kind of ['area', 'on_request']) {
      const group = byKind(kind);
      expect(group, kind).toBeDefined();
      const doc = page(`/groups/${group?.id}/`);
      expect(doc.querySelector('address'), kind).toBeNull();
      expect(doc.querySelector('#where')?.parentNode?.textContent).toMatch(/not published|on request/);
    }
  });

  it('warn when the details were last checked over a year ago, and only then', () => {
    const stale = groups.filter((g) => String(g.data.last_verified) < '2025-11-26');
    const fresh = groups.filter((g) => String(g.data.last_verified) >= '2025-11-26');
    expect(stale.length).toBeGreaterThan(0);
    for (const group of stale)
      expect(page(`/groups/${group.id}/`).querySelector('[data-stale]'), group.id).not.toBeNull();
    for (const group of fresh)
      expect(page(`/groups/${group.id}/`).querySelector('[data-stale]'), group.id).toBeNull();
  });

  it('state the schedule in words without any script', () => {
    for (const group of groups) {
      const when = page(`/groups/${group.id}/`).querySelector('#when')?.parentNode;
      expect(when?.querySelector('li')?.textContent, group.id).toMatch(/\d{1,2}:\d{2}/);
    }
  });

  it('show a notice on paused and closed groups', () => {
    for (const group of groups.filter((g) => g.data.status && g.data.status !== 'active')) {
      expect(page(`/groups/${group.id}/`).querySelector('.notice')?.textContent, group.id).toBeTruthy();
    }
  });
});

describe('the sitemap', () => {
  it('lists every entry page in every language, and no printout or data file', () => {
    const listed = [...html('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, url]) => new URL(url ?? '').pathname,
    );
    for (const group of groups) {
      expect(listed).toContain(`/groups/${group.id}/`);
      expect(listed).toContain(`/es/groups/${group.id}/`);
    }
    expect(listed.filter((path) => /\/(print|data)\//.test(path))).toEqual([]);
  });

  it('gives each page its versions in every language, the same as the page’s own hreflang links', () => {
    const xml = html('sitemap-0.xml');
    const languageLinks = (text: string) =>
      [...text.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
        lang,
        new URL(href ?? '').pathname,
      ]);
    const group = groups[0]?.id ?? '';
    for (const path of [`/groups/${group}/`, `/es/groups/${group}/`]) {
      const listing = xml.split('<url>').find((block) => block.includes(`${path}</loc>`)) ?? '';
      const own = languageLinks(html(`${path.slice(1)}index.html`));
      expect(own.length, path).toBe(2);
      expect(languageLinks(listing), path).toEqual(own);
    }
  });
});
