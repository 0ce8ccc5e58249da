/**
 * What a visitor's browser downloads on first use, measured in headless Chromium over a served site:
 * the first search query, the finder's first results, and the map's data. Shared by the benchmarks so
 * that each figure is measured one way. Bytes are the files' gzip sizes, as a static host serves them.
 */
import type { Browser, Page } from 'playwright-core';
import { FIXTURE_TODAY } from '../../test/support/fixture-site.ts';
import { mapContext } from '../../test/support/map-browser.ts';
import { gzipOf } from './site-files.ts';

/**
 * The moment every measure is taken at, in the demo's zone: the finder sorts by the next meeting, so which
 * chunks of cards its first results fall in changes with the hour (the map page's figure once varied by
 * 60 KiB between two runs of one commit). 6 pm Chicago time on the tests' reference date, a Thursday.
 */
const MEASURED_AT = new Date(`${FIXTURE_TODAY}T18:00:00-06:00`);

/** The site paths a page requests from now on, in order. */
export function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The gzip bytes of these paths, each counted once. */
export const gzipTotal = (site: string, paths: readonly string[]) =>
  [...new Set(paths)].reduce((total, path) => total + gzipOf(site, path), 0);

/** Types a query on the search page and waits for its results; returns the time and what it fetched. */
export async function searchQuery(page: Page, words: string): Promise<number> {
  const started = performance.now();
  await page.locator('#search-q').fill(words);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('circles-search')?.getAttribute('aria-busy') === null &&
      /result/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  return performance.now() - started;
}

/** The first search on a fresh search page: the /pagefind/ files it fetched, and how long it took. */
export async function firstSearch(browser: Browser, url: string, prefix: string, words: string) {
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  await context.clock.setFixedTime(MEASURED_AT);
  const page = await context.newPage();
  const requested = recordRequests(page);
  await page.goto(`${url}${prefix}/search/`);
  await page.waitForLoadState('networkidle');
  const before = requested.length;
  const ms = await searchQuery(page, words);
  await page.waitForLoadState('networkidle');
  const index = requested.slice(before).filter((path) => path.startsWith('/pagefind/'));
  return { page, context, ms, index, pageLoad: requested.slice(0, before) };
}

/** The home page's finder until its first results: the JS and data it fetched, and its layout shift. */
export async function firstFinderResults(browser: Browser, url: string) {
  const { context } = await mapContext(browser, url);
  await context.clock.setFixedTime(MEASURED_AT);
  // Layout shifts not caused by input, summed as Chrome's CLS does for a page this short.
  await context.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const requested = recordRequests(page);
  await page.goto(`${url}/`);
  await page.locator('circles-finder.is-enhanced [data-results] > li').first().waitFor({ timeout: 120_000 });
  const before = [...requested];
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() =>
    ((window as unknown as { __shifts: number[] }).__shifts ?? []).reduce((sum, value) => sum + value, 0),
  );
  await context.close();
  const js = before.filter((path) => path.startsWith('/_astro/') && path.endsWith('.js'));
  const data = before.filter((path) => path.startsWith('/data/finder/'));
  return { js, data, cls };
}

/**
 * The map page on a phone-sized screen: what it fetched before the map was shown (scrolled into view),
 * then what showing it added until the markers were drawn.
 */
export async function mapFirstView(browser: Browser, url: string) {
  const { context } = await mapContext(browser, url, { viewport: { width: 375, height: 812 } });
  await context.clock.setFixedTime(MEASURED_AT);
  const page = await context.newPage();
  const requested = recordRequests(page);
  await page.goto(`${url}/map/`);
  await page.waitForLoadState('networkidle');
  const drawn = page.locator('[data-map-canvas][data-drawn]');
  // A map on screen at load is shown: what it fetches until drawn is its first view, however long the
  // pauses between its files (a busy machine once measured half of it as coming after).
  const inView = await page
    .locator('[data-map-canvas]')
    .evaluate((canvas) => canvas.getBoundingClientRect().top < window.innerHeight);
  if (inView) await drawn.waitFor({ state: 'attached', timeout: 120_000 });
  const beforeShown = inView ? [] : [...requested];
  await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
  await drawn.waitFor({ state: 'attached', timeout: 120_000 });
  const drawnAt = await page.evaluate(
    () => performance.getEntriesByName('circles-map:drawn').at(-1)?.startTime ?? Number.NaN,
  );
  await context.close();
  const isData = (path: string) => path.startsWith('/data/');
  const isJs = (path: string) => path.startsWith('/_astro/') && path.endsWith('.js');
  return {
    inView,
    dataBeforeShown: beforeShown.filter(isData),
    jsBeforeShown: beforeShown.filter(isJs),
    dataShown: requested.slice(beforeShown.length).filter(isData),
    js: requested.filter(isJs),
    names: requested.filter((path) => path.startsWith('/data/finder/names')),
    drawnAt,
  };
}
