import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { pdfPages, squeeze } from '../support/pdf-text.ts';
import { expectCleanPages, formats, openPrintable } from '../support/print-pages.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();

/** What a thumb must hit on a phone: the safety and crisis controls, the finder's, an entry's actions. */
const TARGETS = [
  '.quick-exit',
  '.button-crisis',
  '.button-crisis-secondary',
  '.site-menu summary',
  '.find-link',
  '.finder-search button',
  '.finder-quick button',
  '.entry-actions a',
  '.entry-actions button',
];

/** Every visible control matching TARGETS that is smaller than 44 × 44 CSS pixels. */
const smallTargets = (page: Page) =>
  page.evaluate((selectors) => {
    const found: string[] = [];
    for (const selector of selectors)
      for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || !element.checkVisibility()) continue;
        if (box.width < 44 || box.height < 44)
          found.push(
            `${selector} “${element.textContent?.trim()}” ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
    return found;
  }, TARGETS);

/** Pixels of an element's screenshot that are not the colour of its top-left corner (its background). */
async function inkedPixels(element: Locator): Promise<number> {
  const { data } = PNG.sync.read(await element.screenshot());
  let inked = 0;
  for (let at = 0; at < data.length; at += 4)
    if (Math.abs((data[at] ?? 0) - (data[0] ?? 0)) + Math.abs((data[at + 1] ?? 0) - (data[1] ?? 0)) > 60)
      inked++;
  return inked;
}

describe('the look, as a person on a phone would meet it', () => {
  it('draws every kind of icon from the one sprite file, under the site’s own security policy', async () => {
    const { page } = await site.open('/groups/positive-living-circle/', { width: 375 });
    const icons = page.locator('svg.icon');
    const names = await icons.evaluateAll((svgs) =>
      svgs.map((svg) => svg.querySelector('use')?.getAttribute('href') ?? ''),
    );
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names.map((href) => href.split('#')[0])).size).toBe(1);
    // An icon whose symbol did not load is an empty box: its screenshot is all background.
    for (const selector of ['.key-row h2 .icon', '.button-crisis .icon', '.quick-exit .icon'])
      expect(await inkedPixels(page.locator(selector).first()), selector).toBeGreaterThan(15);
    await page
      .locator('.key-row h2 .icon use')
      .first()
      .evaluate((use) => use.setAttribute('href', '#none'));
    expect(await inkedPixels(page.locator('.key-row h2 .icon').first())).toBe(0);
  });

  it('makes every main action and crisis line at least 44 × 44 pixels on a phone', async () => {
    for (const path of [
      '/',
      '/groups/',
      '/groups/positive-living-circle/',
      '/es/services/northgate-legal-clinic/',
    ]) {
      const { page } = await site.open(path, { width: 375 });
      await page.locator('.button-crisis').first().waitFor();
      expect(await smallTargets(page), path).toEqual([]);
    }
  });

  it('passes axe in dark mode too, in both languages, with the finder’s results and filters showing', async () => {
    for (const path of ['/', '/es/find/#when=week', '/groups/riverside-grief-group/']) {
      const context = await site.browser.newContext({
        colorScheme: 'dark',
        viewport: { width: 1200, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).not.toBe(
        'rgb(255, 255, 255)',
      );
      if (path.includes('find')) {
        await page.locator('circles-finder.is-enhanced').waitFor();
        await page.locator('[data-filters-toggle]').click();
      }
      expect(await accessibilityViolations(page), path).toEqual([]);
      await context.close();
    }
  });
});

describe('handouts in every layout', () => {
  it('an area handout prints cleanly in each layout on A4 and Letter, the pocket one on a single sheet', async () => {
    const context = await site.browser.newContext();
    const page = await openPrintable(context, `${site.url}/print/areas/northgate/`);
    const counts: Record<string, number[]> = {};
    const names = await page
      .locator('[data-print-entry]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-name') ?? ''));
    for (const layout of ['standard', 'columns'] as const) {
      await page.locator(`#layout-${layout}`).check();
      counts[layout] = [];
      for (const format of formats) counts[layout].push((await expectCleanPages(page, format)).length);
    }
    // Pocket keeps the key facts and QR codes, not the web addresses: every name on one sheet.
    await page.locator('#layout-pocket').check();
    for (const format of formats) {
      const sheets = await pdfPages(await page.pdf({ format }));
      expect(sheets, format).toHaveLength(1);
      const text = squeeze(sheets.flat().join(' '));
      for (const name of names) expect(text, `${format}: ${name}`).toContain(squeeze(name));
    }
    for (const [index] of formats.entries())
      expect(counts['columns']?.[index]).toBeLessThanOrEqual(counts['standard']?.[index] ?? 0);
    await context.close();
  });
});
