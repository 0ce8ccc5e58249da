import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { type MapContext, mapContext } from '../support/map-browser.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const contexts: MapContext[] = [];

afterAll(async () => {
  for (const { context } of contexts) await context.close();
});

async function context(options: Parameters<typeof mapContext>[2] = {}) {
  const made = await mapContext(site.browser, site.url, options);
  contexts.push(made);
  return made;
}

/** Opens the map page and waits until the markers are drawn. */
async function openMap(path = '/map/', options: Parameters<typeof mapContext>[2] = {}) {
  const made = await context(options);
  const page = await made.open(path);
  await page.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached' });
  return { page, ...made };
}

/** Tabs until the focused element matches, or gives up. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

/** Expands the cluster with this accessible name by keyboard, as a keyboard user would. */
async function expandCluster(page: Page, name: string) {
  await page.locator(`.map-cluster[aria-label="${name}"]`).focus();
  await page.keyboard.press('Enter');
}

const resultNames = (page: Page) => page.locator('[data-results] > li h3 a').allTextContents();

/** Expands a cluster, then the one it leaves, until this entry's marker is drawn. */
async function reveal(page: Page, names: string[]) {
  for (const name of names) {
    await expandCluster(page, name);
    await page.locator(`.map-cluster[aria-label="${name}"]`).waitFor({ state: 'detached' });
  }
}

describe('the map page in a real browser', () => {
  it('shows the results as clusters with names like "3 groups", and the same results as a list beside it', async () => {
    const { page } = await openMap();
    const clusters = await page
      .locator('.map-cluster')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(clusters).toContain('3 groups');
    expect(
      clusters.every((name) =>
        /^(\d+ groups?|\d+ services?|\d+ places: \d+ groups? and \d+ services?)$/.test(name ?? ''),
      ),
    ).toBe(true);
    // One result set: the list beside the map holds every result, with those the map cannot show
    // (online, or a place given on request) counted under the map.
    expect(await page.locator('[data-summary]').textContent()).toBe('Groups and services: 13');
    const listed = await resultNames(page);
    expect(listed).toHaveLength(13);
    expect(listed).toContain('Northgate Hearing Voices Group');
    expect(await page.locator('[data-not-on-map]').textContent()).toMatch(/^4 results are not on the map/);
    const [list, map] = await Promise.all([
      page.locator('[data-finder-list]').boundingBox(),
      page.locator('[data-map-canvas]').boundingBox(),
    ]);
    expect(list && map && list.x + list.width <= map.x).toBe(true);
  });

  it('an area-only group is a dashed circle named approximate, never a pin, while an address is a pin', async () => {
    const { page } = await openMap();
    await reveal(page, ['3 groups', '2 groups']);
    const area = page.locator('.map-area[data-entry="group:riverside-grief-group"]');
    await area.waitFor();
    expect(await area.getAttribute('aria-label')).toBe('Riverside Grief Group (approximate: Riverside area)');
    expect(await page.locator('.map-pin[data-entry="group:riverside-grief-group"]').count()).toBe(0);
    expect(await page.locator('.map-pin[data-entry="group:positive-living-circle"]').count()).toBe(1);
  });

  it('the keyboard reaches a marker, opens its popup into focus, and Escape returns focus to the marker', async () => {
    const { page } = await openMap();
    await reveal(page, ['3 groups', '2 groups']);
    await tabTo(page, '.map-pin[data-entry="group:positive-living-circle"]');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Positive Living Circle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entry'))).toBe(
      'group:positive-living-circle',
    );
  });

  it('places sharing one spot open as a list of links, since no zoom can separate them', async () => {
    const { page } = await openMap();
    await reveal(page, ['3 places: 1 group and 2 services']);
    await expandCluster(page, '2 services');
    const links = page.locator('.leaflet-popup a[href^="/services/"]');
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual(['Northgate legal clinic', 'Northgate rapid HIV testing']);
  });

  it('has no accessibility violations with the map drawn', async () => {
    const { page } = await openMap();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('filters change the markers, the list and the address, and a shared filtered address opens filtered', async () => {
    const { page } = await openMap();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: /^Living with HIV/ }).check();
    await expect.poll(() => page.url()).toMatch(/\/map\/#topic=hiv$/);
    await expect
      .poll(() => page.locator('[data-summary]').textContent())
      .toBe('Living with HIV: groups and services: 3');
    // The monthly supper club meets at a place given on request: in the list, not on the map.
    expect((await resultNames(page)).sort()).toEqual([
      'First Wednesday Supper Club',
      'Northgate rapid HIV testing',
      'Positive Living Circle',
    ]);
    await expect
      .poll(() =>
        page
          .locator('.leaflet-marker-icon')
          .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))),
      )
      .toEqual(expect.arrayContaining(['Positive Living Circle', 'Northgate rapid HIV testing']));
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(2);

    const shared = (await openMap('/map/#kind=service&day=SA')).page;
    await expect.poll(() => resultNames(shared)).toEqual(expect.arrayContaining(['Old Market food pantry']));
    expect(await shared.locator('input[name=kind][value=service]').isChecked()).toBe(true);
    expect(await resultNames(shared)).not.toContain('Positive Living Circle');
  });

  it('offers "search this area" once the map moves, and then lists only what is in view', async () => {
    const { page } = await openMap();
    await reveal(page, ['3 groups']);
    const searchArea = page.getByRole('button', { name: 'Search this area' });
    await searchArea.click();
    await expect.poll(() => page.url()).toMatch(/bbox=/);
    const listed = await resultNames(page);
    expect(listed).toContain('Positive Living Circle');
    expect(listed).not.toContain('Old Market food pantry');
    // Entries with no place stay in the list whatever the map shows.
    expect(listed).toContain('Online Mood Support');
    await page.getByRole('button', { name: 'Search everywhere again' }).click();
    await expect.poll(() => resultNames(page).then((names) => names.length)).toBe(13);
  });

  it('asks the tile server only for tiles, with no more referrer than the site origin', async () => {
    const { external } = await openMap();
    expect(external.length).toBeGreaterThan(0);
    expect(external.every(({ url }) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(new Set(external.map(({ referer }) => referer))).toEqual(new Set([`${site.url}/`]));
  });

  it('says so when tiles fail, and the markers and list still work', async () => {
    const { page } = await openMap('/map/', { tiles: 'fail' });
    await expect.poll(() => page.locator('[data-map-notice]').textContent()).toMatch(/could not be loaded/);
    expect(await page.locator('.map-cluster').count()).toBeGreaterThan(0);
    expect(await resultNames(page)).toHaveLength(13);
  });

  it('with reduced motion the map jumps instead of animating', async () => {
    const { page } = await openMap('/map/', { reducedMotion: 'reduce' });
    expect(await page.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBe(0);
    expect(await page.locator('.map-canvas.leaflet-fade-anim').count()).toBe(0);
    const { page: moving } = await openMap('/map/', { reducedMotion: 'no-preference' });
    expect(await moving.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBeGreaterThan(0);
    expect(await moving.locator('.map-canvas.leaflet-fade-anim').count()).toBe(1);
  });

  it('on a phone, one switch shows the map or the list, never both, and the list’s cards load with it', async () => {
    const { page, requested } = await openMap('/map/', { viewport: { width: 375, height: 812 } });
    expect(await page.locator('[data-map-canvas]').isVisible()).toBe(true);
    expect(await page.locator('[data-finder-list]').isVisible()).toBe(false);
    await page.waitForLoadState('networkidle');
    const cardFiles = () => requested(page).filter((url) => url.includes('/data/finder/cards/'));
    expect(cardFiles()).toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => page.locator('[data-finder-list]').isVisible()).toBe(true);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    expect(cardFiles().length).toBeGreaterThan(0);
    expect(await page.locator('[data-map-canvas]').isVisible()).toBe(false);
    expect(page.url()).toMatch(/#view=list$/);
  });

  it('downloads no map code or names while the map is below the fold, and both once it is scrolled to', async () => {
    const made = await context({ viewport: { width: 375, height: 300 } });
    const page = await made.open('/map/');
    await page.locator('circles-finder.is-enhanced').waitFor();
    await page.waitForLoadState('networkidle');
    const mapFiles = () =>
      made
        .requested(page)
        .filter((url) => /\/data\/finder\/names|leaflet|places-map/i.test(new URL(url).pathname));
    expect(mapFiles()).toEqual([]);
    await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
    await page.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached' });
    expect(mapFiles().some((url) => url.includes('/data/finder/names'))).toBe(true);
  });
});

describe('the mini map on an entry page', () => {
  it('loads nothing until asked, then shows the place; its directions for an area search the area, not a point', async () => {
    const { open, external } = await context();
    const page = await open('/groups/riverside-grief-group/');
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    const directions = page.getByRole('link', { name: 'Find the Riverside area on OpenStreetMap' });
    expect(await directions.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/search?query=Riverside%2C%20Lakeside',
    );
    await page.getByRole('button', { name: 'Show on a map' }).click();
    await page.locator('.map-area-circle').waitFor({ state: 'attached' });
    expect(await page.locator('.map-pin').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
