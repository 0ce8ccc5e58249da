import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { FIXTURE_OUT } from '../support/fixture-site.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const open = site.open;

const cardNames = (page: Page) => page.locator('[data-search-results] .entry-card h3 a').allTextContents();
const status = (page: Page) => page.locator('[data-search-status]').textContent();
/** Loading the index and searching can take a few seconds on a busy two-core machine. */
const patiently = { timeout: 10_000 };
const pagefindFiles = (requested: string[]) => requested.filter((path) => path.startsWith('/pagefind/'));

describe('searching in a real browser', () => {
  it('a result can go straight onto "my list", and the printable list then holds it', async () => {
    const { page } = await open('/search/');
    await page.locator('#search-q').fill('grief');
    await expect.poll(() => status(page), patiently).toBe('4 results');
    const first = (await cardNames(page))[0] ?? '';
    await page.getByRole('button', { name: `Add to my list (${first})` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is on your list' }).count()).toBe(1);
    await page.goto(`${site.url}/print/my-list/`);
    await expect.poll(() => page.locator('.my-list-name').allTextContents(), patiently).toEqual([first]);
  });

  it('does not download the search index until the visitor starts to search', async () => {
    for (const path of ['/', '/search/', '/groups/']) {
      const { requested } = await open(path);
      expect(pagefindFiles(requested), path).toEqual([]);
    }
    const { page, requested } = await open('/search/');
    await page.locator('#search-q').focus();
    await expect.poll(() => pagefindFiles(requested), patiently).toContain('/pagefind/pagefind.js');
  });

  it('fetches the filter index only once a filter is opened, and then shows each choice’s count', async () => {
    const { page, requested } = await open('/search/');
    const filterFiles = () => pagefindFiles(requested).filter((path) => path.includes('/filter/'));
    await page.locator('#search-q').fill('grief');
    await expect.poll(() => status(page), patiently).toBe('4 results');
    expect(filterFiles()).toEqual([]);
    await page.locator('summary', { hasText: 'Groups or services' }).click();
    await expect
      .poll(
        () =>
          page
            .getByLabel(/^Groups/)
            .locator('..')
            .textContent(),
        patiently,
      )
      .toMatch(/\(\d+\)/);
    expect(filterFiles().length).toBeGreaterThan(0);
  });

  it('shows results as you type, narrows them with two filters, and keeps them in a shareable address', async () => {
    const { page } = await open('/search/');
    await page.locator('#search-q').fill('grief');
    await expect.poll(() => status(page), patiently).toBe('4 results');
    await page.locator('summary', { hasText: 'Groups or services' }).click();
    await page.getByLabel(/^Groups/).check();
    await page.locator('summary', { hasText: 'Day' }).click();
    await page.getByLabel(/^Saturday/).check();
    await expect.poll(() => status(page), patiently).toBe('1 result');
    expect(await cardNames(page)).toEqual(['Old Market Bereavement Café']);
    expect(await page.locator('.entry-card .meta').first().textContent()).toMatch(/Saturday/);
    const shared = page.url();
    expect(new URL(shared).search).toBe('?q=grief&kind=group&day=SA');

    await page.reload();
    await expect.poll(() => status(page), patiently).toBe('1 result');
    expect(await page.locator('#search-q').inputValue()).toBe('grief');
    const elsewhere = await open(new URL(shared).pathname + new URL(shared).search);
    await expect.poll(() => status(elsewhere.page), patiently).toBe('1 result');
    expect(await cardNames(elsewhere.page)).toEqual(['Old Market Bereavement Café']);
  });

  it('lists everything matching the filters when no words are typed, by name, in each language', async () => {
    // The order comes from how the index was built (entries added by name), not from a sort index.
    const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;
    for (const prefix of ['', '/es']) {
      const { page } = await open(`${prefix}/search/?kind=group&kind=service`);
      await expect.poll(() => status(page), patiently).toMatch(/\d/);
      const built = JSON.parse(readFileSync(join(FIXTURE_OUT, prefix, 'data/entries.json'), 'utf8'));
      const everyName = (built as { name: string }[]).map((entry) => entry.name).sort(byName);
      const shown = await cardNames(page);
      expect(shown.length, prefix).toBeGreaterThan(5);
      expect(shown, prefix).toEqual(everyName.slice(0, shown.length));
    }
  });

  it('helps when nothing matches: suggests removing a filter and links to the topics', async () => {
    const { page } = await open('/search/?q=grief&area=northgate&day=SA');
    await expect.poll(() => status(page), patiently).toBe('No results');
    const help = page.locator('[data-search-help]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/removing a filter/);
    expect(await help.locator('a[href^="/topics/"]').count()).toBeGreaterThan(0);
  });

  it('works with the keyboard alone: type, open a filter, tick it, reach a result', async () => {
    const { page } = await open('/search/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('hiv');
    await expect.poll(() => status(page), patiently).toMatch(/\d results?/);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Area') break;
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('area'), patiently).not.toBeNull();
    await expect.poll(() => status(page), patiently).toMatch(/\d results?/);
    const first = await page.locator('[data-search-results] a').first().getAttribute('href');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === first) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
  });

  it('has no accessibility violations with results and filters showing (WCAG 2.2 AA)', async () => {
    const { page } = await open('/search/?q=circle');
    await expect.poll(() => status(page), patiently).toMatch(/\d results?/);
    await page.locator('summary', { hasText: 'Topic' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('highlights the matched words legibly (contrast of at least 4.5:1)', async () => {
    const { page } = await open('/search/?q=evening');
    await expect.poll(() => page.locator('[data-search-results] mark').count(), patiently).toBeGreaterThan(0);
    const ratios = await page.locator('[data-search-results] mark').evaluateAll((marks) => {
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return marks.map((mark) => {
        const style = getComputedStyle(mark);
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
          (x, y) => y - x,
        );
        return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      });
    });
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('without JavaScript, the search page explains itself and links to the topic, area and day lists', async () => {
    const { page } = await open('/search/?q=grief', { javaScript: false });
    const note = page.locator('[data-search-noscript]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/JavaScript/);
    for (const href of ['/topics/', '/areas/', '/days/'])
      expect(await note.locator(`a[href="${href}"]`).count(), href).toBe(1);
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
  });

  it('the finder, finding nothing, offers the search page with the same words, which finds them', async () => {
    const { page } = await open('/find/');
    // A word only a guide uses: no group or service is called that, but the guide says it.
    await page.getByLabel('Search groups and services').fill('nervous');
    const searchAll = page.locator('[data-search-all]');
    await expect.poll(() => searchAll.isVisible(), patiently).toBe(true);
    await searchAll.click();
    await page.waitForURL('**/search/?q=nervous');
    expect(await page.locator('#search-q').inputValue()).toBe('nervous');
    await expect
      .poll(() => page.locator('[data-search-results] a[href="/guides/first-meeting/"]').count(), patiently)
      .toBeGreaterThan(0);
  });

  it('finds an entry by a misspelling without showing it: a result shows its summary, the typed word marked', async () => {
    const { page } = await open('/search/?q=greif');
    await expect.poll(() => status(page), patiently).toMatch(/^\d+ results?$/);
    const texts = await page
      .locator('[data-search-results] .entry-card article > p:not(.meta)')
      .allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toMatch(/greif|bereaved|·/i);
    await page.locator('#search-q').fill('walk');
    await expect
      .poll(() => page.locator('[data-search-results] mark').allTextContents(), patiently)
      .toContain('walk');
  });

  it('a language word filters by the meeting language instead of matching "Read this in Spanish"', async () => {
    const { page } = await open('/search/?q=spanish');
    await expect.poll(() => status(page), patiently).toMatch(/^\d+ results?$/);
    // The fixture's four entries held in Spanish as well as English, and no other: not the morning walk,
    // whose description only mentions Spanish.
    expect((await cardNames(page)).sort()).toEqual([
      'Northgate rapid HIV testing',
      'Old Market food pantry',
      'Positive Living Circle',
      'Wednesday Night Circle for Families, Friends and Neighbours of People Living with Serious Mental Illness',
    ]);
    await page.locator('#search-q').fill('español hiv');
    await expect
      .poll(() => cardNames(page), patiently)
      .toEqual(expect.arrayContaining(['Positive Living Circle']));
  });

  it('reads at 320 pixels wide with results showing and no sideways scrolling', async () => {
    const { page } = await open('/search/?q=circle', { width: 320 });
    await expect.poll(() => status(page), patiently).toMatch(/\d results?/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
