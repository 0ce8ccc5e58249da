import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageName, useStrings } from '../../src/i18n/index.ts';
import { accessibilityViolations } from '../support/axe.ts';
import { mapContext } from '../support/map-browser.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

// The fixture is published in English (/) and Spanish (/es/). Its translations: Positive Living Circle,
// the rapid testing service and the food pantry in both languages; Online Mood Support's description in
// Arabic only; a content warning on Riverside Grief Group and on the first-meeting guide.
const site = useSiteBrowser();
const { ui: es } = useStrings('es');
const { ui: en } = useStrings('en');
/** Every check here waits for what it needs itself, so pages are judged from their load event. */
const open = (path: string) => site.open(path, { until: 'load' });
/** Loading the index and searching can take a few seconds on a busy two-core machine. */
const patiently = { timeout: 10_000 };

const searchStatus = (page: Page) => page.locator('[data-search-status]').textContent();
const resultLinks = (page: Page) =>
  page
    .locator('[data-search-results] .entry-card h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

describe('the site in Spanish, in a real browser', () => {
  /** Spanish pages of every kind, and what each must have finished doing before it is judged. */
  const spanishPages: [string, (page: Page) => Promise<unknown>][] = [
    ['/es/', (page) => page.locator('circles-finder.is-enhanced [data-results] > li').first().waitFor()],
    // The finder's own cards replace the static list's once its results are in.
    [
      '/es/groups/',
      (page) =>
        page
          .locator('circles-finder.is-enhanced [data-results] circles-my-list-button button:not([hidden])')
          .first()
          .waitFor(),
    ],
    ['/es/groups/online-mood-support/', (page) => page.locator('circles-next-meeting:not(:empty)').waitFor()],
    [
      '/es/search/?q=vih',
      (page) => expect.poll(() => searchStatus(page), patiently).toMatch(/^\d+ resultados?$/),
    ],
    ['/es/map/', (page) => page.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached' })],
    ['/es/print/all/', (page) => page.locator('circles-print-button button:not([hidden])').waitFor()],
    ['/es/guides/first-meeting/', (page) => page.waitForLoadState('load')],
  ];

  it('every kind of page says lang="es" and has no accessibility violations (WCAG 2.2 AA)', async () => {
    // Tiles answered locally for the map, anything else off the machine refused.
    const tiled = await mapContext(site.browser, site.url);
    const judge = async ([path, ready]: (typeof spanishPages)[number]) => {
      const page = await tiled.open(path);
      await ready(page);
      const result = {
        path,
        lang: await page.locator('html').getAttribute('lang'),
        violations: await accessibilityViolations(page),
      };
      await page.close();
      return result;
    };
    // A few pages at a time: most of the work is axe's, inside each page.
    const results = [];
    for (let at = 0; at < spanishPages.length; at += 3)
      results.push(...(await Promise.all(spanishPages.slice(at, at + 3).map(judge))));
    expect(results).toEqual(spanishPages.map(([path]) => ({ path, lang: 'es', violations: [] })));
    await tiled.context.close();
    // Seven pages through axe: about 20 s on an idle two-core machine, more when it is shared.
  }, 90_000);

  it('names the map’s zoom buttons, popup close button and credit in Spanish, on the map and the mini map', async () => {
    const tiled = await mapContext(site.browser, site.url);
    /** Every accessible name and tooltip inside the map boxes. */
    const names = (page: Page) =>
      page
        .locator('.leaflet-container')
        .evaluateAll((maps) =>
          maps.flatMap((map) =>
            [...map.querySelectorAll('[aria-label], [title]')].flatMap((el) => [
              el.getAttribute('aria-label') ?? '',
              el.getAttribute('title') ?? '',
            ]),
          ),
        );
    const map = await tiled.open('/es/map/');
    await map.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached' });
    for (const cluster of ['3 grupos', '2 grupos']) {
      await map.locator(`.map-cluster[aria-label="${cluster}"]`).focus();
      await map.keyboard.press('Enter');
      await map.locator(`.map-cluster[aria-label="${cluster}"]`).waitFor({ state: 'detached' });
    }
    const pin = map.locator('.map-pin[data-entry="group:positive-living-circle"]');
    await pin.waitFor();
    await pin.focus();
    await map.keyboard.press('Enter');
    await map.locator('.leaflet-popup').waitFor();
    const entry = await tiled.open('/es/groups/positive-living-circle/');
    await entry.getByRole('button', { name: es.map.showMap }).click();
    await entry.locator('.leaflet-container').waitFor();
    const english = Object.values(en.map.controls);
    for (const [page, expected] of [
      [map, Object.values(es.map.controls)],
      [entry, [es.map.controls.zoomIn, es.map.controls.zoomOut, es.map.controls.library]],
    ] as const) {
      const seen = await names(page);
      for (const name of expected) expect(seen, page.url()).toContain(name);
      expect(
        seen.filter((name) => english.includes(name)),
        page.url(),
      ).toEqual([]);
    }
    await tiled.context.close();
  });

  it('shows a description written only in Arabic right to left, after a note in the page’s own language', async () => {
    for (const [prefix, ui, lang] of [
      ['/es', es, 'es'],
      ['', en, 'en'],
    ] as const) {
      const { page } = await open(`${prefix}/groups/online-mood-support/`);
      const about = page.locator('section[aria-labelledby="about"]');
      const note = about.locator('.translation-note');
      const arabic = about.locator('[lang="ar"]');
      expect(await note.isVisible(), prefix).toBe(true);
      expect(await note.textContent(), prefix).toBe(ui.language.notTranslated(languageName('ar', lang)));
      // The note is in the page's language, and comes before the text it is about.
      expect(await note.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), prefix).toBe(lang);
      expect(await note.evaluate((el) => el.nextElementSibling?.getAttribute('lang')), prefix).toBe('ar');

      expect(await arabic.evaluate((el) => getComputedStyle(el).direction), prefix).toBe('rtl');
      expect(await note.evaluate((el) => getComputedStyle(el).direction), prefix).toBe('ltr');
      // Every line of every paragraph ends at the right edge of its box, and a line shorter than the box
      // starts away from the left edge: the text really is laid out right to left, not just marked so.
      const lines = await arabic.locator('p').evaluateAll((paragraphs) =>
        paragraphs.flatMap((p) => {
          const box = p.getBoundingClientRect();
          const style = getComputedStyle(p);
          const right = box.right - Number.parseFloat(style.paddingRight);
          const left = box.left + Number.parseFloat(style.paddingLeft);
          const range = document.createRange();
          range.selectNodeContents(p);
          return [...range.getClientRects()].map((line) => ({
            fromRight: right - line.right,
            fromLeft: line.left - left,
          }));
        }),
      );
      expect(lines.length, prefix).toBeGreaterThan(1);
      for (const line of lines) expect(Math.abs(line.fromRight), prefix).toBeLessThan(2);
      expect(Math.max(...lines.map((line) => line.fromLeft)), prefix).toBeGreaterThan(40);
    }
  });

  it('shows the content warning right after the heading and before the description, in both languages', async () => {
    for (const [path, ui, text] of [
      ['/groups/riverside-grief-group/', en, 'Members talk openly about death'],
      ['/es/groups/riverside-grief-group/', es, 'Los miembros hablan abiertamente de la muerte'],
      ['/guides/first-meeting/', en, 'Mentions the illness, loss and drug use'],
      ['/es/guides/first-meeting/', es, 'Menciona la enfermedad, la pérdida y el consumo de drogas'],
    ] as const) {
      const { page } = await open(path);
      const warning = page.getByRole('note').filter({ hasText: ui.contentWarning.label });
      expect(await warning.isVisible(), path).toBe(true);
      expect(await warning.textContent(), path).toContain(text);
      // In reading order: the heading, then the warning, then the description (or the guide's text).
      const order = await page.evaluate(() => {
        const at = (selector: string) => document.querySelector(selector);
        const warning = at('.content-warning');
        const heading = at('h1');
        const text = at('section[aria-labelledby="about"]') ?? at('.prose .lead');
        if (!warning || !heading || !text) return 'missing';
        const follows = (a: Node, b: Node) =>
          Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return follows(heading, warning) && follows(warning, text)
          ? 'heading, warning, text'
          : 'out of order';
      });
      expect(order, path).toBe('heading, warning, text');
      expect(
        await warning.evaluate((el) => el.getBoundingClientRect().top),
        `${path}: the warning is seen before the text`,
      ).toBeLessThan(
        await page
          .locator('section[aria-labelledby="about"], .prose .lead')
          .first()
          .evaluate((el) => el.getBoundingClientRect().top),
      );
    }
  });
});

describe('the language switcher', () => {
  it('reached by the keyboard, takes an entry to the same entry in Spanish, and back', async () => {
    const { page } = await open('/groups/positive-living-circle/');
    const name = await page.locator('h1 bdi').textContent();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Español') break;
    }
    expect(
      await page.evaluate(() => document.activeElement?.closest('circles-language-switch')),
    ).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/es/groups/positive-living-circle/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1 bdi').textContent()).toBe(name);
    expect(await page.locator('p.lead').textContent()).toMatch(/^Un círculo semanal/);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.url}/groups/positive-living-circle/`);
    expect(await page.locator('h1 bdi').textContent()).toBe(name);
  });

  it('keeps the search words: /search/?q=grief becomes /es/search/?q=grief, with results', async () => {
    const { page } = await open('/search/?q=grief');
    await expect.poll(() => searchStatus(page), patiently).toMatch(/^\d+ results?$/);
    await page
      .getByRole('navigation', { name: en.language.switcher })
      .getByRole('link', { name: 'Español' })
      .click();
    await page.waitForURL(`${site.url}/es/search/?q=grief`);
    expect(await page.locator('#search-q').inputValue()).toBe('grief');
    await expect.poll(() => searchStatus(page), patiently).toMatch(/^\d+ resultados?$/);
  });
});

describe('searching in each language', () => {
  it('finds an entry by a word of its Spanish translation on /es/search/, and by an English word on /search/', async () => {
    const spanish = (await open('/es/search/?q=comestibles')).page;
    await expect.poll(() => searchStatus(spanish), patiently).toBe(es.search.count(1));
    expect(await resultLinks(spanish)).toEqual(['/es/services/old-market-food-pantry/']);

    const english = (await open('/search/?q=groceries')).page;
    await expect.poll(() => searchStatus(english), patiently).toBe(en.search.count(1));
    expect(await resultLinks(english)).toEqual(['/services/old-market-food-pantry/']);

    // The English summary is on the English page only, so the Spanish index does not know the word.
    const notInSpanish = (await open('/es/search/?q=groceries')).page;
    await expect.poll(() => searchStatus(notInSpanish), patiently).toBe(es.search.count(0));
  });

  it('keeps the indexes apart: a word on pages in both languages finds only the pages of the search’s language', async () => {
    // "bereaved" is in an untranslated English description, which the Spanish page shows as it is.
    const english = await open('/search/?q=bereaved');
    await expect.poll(() => searchStatus(english.page), patiently).toMatch(/^\d+ results?$/);
    const englishLinks = await resultLinks(english.page);
    expect(englishLinks).toContain('/groups/old-market-bereavement-cafe/');
    expect(englishLinks.filter((href) => href.startsWith('/es/'))).toEqual([]);

    const spanish = await open('/es/search/?q=bereaved');
    await expect.poll(() => searchStatus(spanish.page), patiently).toMatch(/^\d+ resultados?$/);
    const spanishLinks = await resultLinks(spanish.page);
    expect(spanishLinks).toContain('/es/groups/old-market-bereavement-cafe/');
    expect(spanishLinks.filter((href) => !href.startsWith('/es/'))).toEqual([]);

    // Each search page downloads its own language's index, from its own folder, and never the other's.
    const indexLanguages = (requested: string[]) =>
      new Set(requested.flatMap((path) => /^(?:\/es)?\/pagefind\/.*\b(en|es)_/.exec(path)?.[1] ?? []));
    expect(english.requested.filter((path) => path.startsWith('/es/pagefind/'))).toEqual([]);
    expect(spanish.requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(indexLanguages(english.requested)).toEqual(new Set(['en']));
    expect(indexLanguages(spanish.requested)).toEqual(new Set(['es']));
  });
});
