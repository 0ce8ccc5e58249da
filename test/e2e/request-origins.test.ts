import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isTile, mapContext } from '../support/map-browser.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

// "A page makes no request to any origin but the site's own, and the map page only to the tile host."
// Every request each page makes is recorded; tiles (site.yaml `map.tiles`) are answered locally and
// anything else off the machine is refused, so nothing leaks even when this test fails.
const site = useSiteBrowser();

/** Every page is judged once its network has been quiet for half a second. */
const settle = (page: Page) => page.waitForLoadState('networkidle');
/** Each kind of page, and what makes it fetch all it ever does first: search run, list filled, map drawn. */
const pageKinds: [string, string, (page: Page) => Promise<unknown>][] = [
  ['home', '/', settle],
  ['groups list', '/groups/', settle],
  ['topics', '/topics/', settle],
  ['topic list', '/topics/hiv/', settle],
  [
    'search with a query',
    '/search/?q=grief',
    (page) => page.locator('[data-search-results] .entry-card').first().waitFor({ timeout: 10_000 }),
  ],
  ['map', '/map/', (page) => page.locator('.leaflet-tile-loaded').first().waitFor()],
  ['print list', '/print/all/', settle],
  ['my list', '/print/my-list/', (page) => page.locator('.my-list-name').first().waitFor()],
  ['guide', '/guides/first-meeting/', settle],
  ['privacy page', '/privacy/', settle],
  ['404', '/no-such-page/', settle],
];
const ENTRY = '/groups/positive-living-circle/';

interface Seen {
  page: string;
  /** Requests to any origin but the site's own that are not map tiles. */
  elsewhere: string[];
  tiles: boolean;
}

describe('where pages send requests', () => {
  it.each([
    ['English', ''],
    ['Spanish', '/es'],
  ])(
    'in %s, every page asks only its own origin, and only the map and a requested mini map ask the tile host',
    async (_, prefix) => {
      const browsing = await mapContext(site.browser, site.url);
      const seen = (name: string, urls: string[]): Seen => {
        // data: and blob: addresses are read in the page; they go to no origin.
        const remote = urls.filter((url) => /^https?:/.test(url));
        return {
          page: name,
          elsewhere: remote.filter((url) => new URL(url).origin !== site.url && !isTile(url)),
          tiles: remote.some(isTile),
        };
      };
      const results: Seen[] = [];

      // An entry page with a venue: nothing but its own origin until the mini map is asked for.
      const entry = await browsing.open(`${prefix}${ENTRY}`);
      await settle(entry);
      const beforeMap = browsing.requested(entry).length;
      results.push(seen('entry', browsing.requested(entry)));
      // It goes on "my list" here, so that the my-list page has an entry to fetch.
      await entry.locator('circles-my-list-button button').click();
      await entry.locator('[data-mini-map-show]').click();
      await entry.locator('.leaflet-tile-loaded').first().waitFor();
      await settle(entry);
      results.push(seen('entry, mini map shown', browsing.requested(entry).slice(beforeMap)));
      await entry.close();

      // The other kinds side by side, a few at a time: each waits for its network to go quiet.
      const visit = async ([name, path, ready]: (typeof pageKinds)[number]) => {
        const page = await browsing.open(`${prefix}${path}`);
        await ready(page);
        await settle(page);
        expect(new URL(page.url()).pathname, name).toBe(`${prefix}${path.split('?')[0]}`);
        const result = seen(name, browsing.requested(page));
        await page.close();
        return result;
      };
      for (let at = 0; at < pageKinds.length; at += 4)
        results.push(...(await Promise.all(pageKinds.slice(at, at + 4).map(visit))));
      await browsing.context.close();

      const withTiles = new Set(['entry, mini map shown', 'map']);
      expect(results).toEqual(
        ['entry', 'entry, mini map shown', ...pageKinds.map(([name]) => name)].map((name) => ({
          page: name,
          elsewhere: [],
          tiles: withTiles.has(name),
        })),
      );
    },
  );
});
