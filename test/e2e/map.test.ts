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

describe('the map page in a real browser', () => {
  it('shows every public place as clusters with names like "2 services", and the same places as a list', async () => {
    const { page } = await openMap();
    const clusters = await page
      .locator('.map-cluster')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(clusters).toContain('2 services');
    expect(
      clusters.every((name) =>
        /^(\d+ groups?|\d+ services?|\d+ places: \d+ groups? and \d+ services?)$/.test(name ?? ''),
      ),
    ).toBe(true);
    const listed = await page.locator('[data-map-list] a').allTextContents();
    expect(listed).toContain('Positive Living Circle');
    expect(listed).not.toContain('Northgate Hearing Voices Group');
    expect(await page.locator('[data-map-count]').textContent()).toBe('Showing 6 of 6.');
  });

  it('an area-only group is a dashed circle named approximate, never a pin, while an address is a pin', async () => {
    const { page } = await openMap();
    await expandCluster(page, '2 groups');
    const area = page.locator('.map-area[data-entry="riverside-grief-group"]');
    await area.waitFor();
    expect(await area.getAttribute('aria-label')).toBe('Riverside Grief Group (approximate: Riverside area)');
    expect(await page.locator('.map-pin[data-entry="riverside-grief-group"]').count()).toBe(0);
    expect(await page.locator('.map-pin[data-entry="positive-living-circle"]').count()).toBe(1);
  });

  it('the keyboard reaches a marker, opens its popup into focus, and Escape returns focus to the marker', async () => {
    const { page } = await openMap();
    await expandCluster(page, '2 groups');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.map-canvas'))).toBe(true);
    await tabTo(page, '.map-pin[data-entry="positive-living-circle"]');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Positive Living Circle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entry'))).toBe(
      'positive-living-circle',
    );
  });

  it('places sharing one spot open as a list of links, since no zoom can separate them', async () => {
    const { page } = await openMap();
    await expandCluster(page, '2 services');
    const links = page.locator('.leaflet-popup a[href^="/services/"]');
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual(['Northgate legal clinic', 'Northgate rapid HIV testing']);
  });

  it('has no accessibility violations with the map drawn', async () => {
    const { page } = await openMap();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('filters change the markers, the list and the address bar, and a shared filtered URL opens filtered', async () => {
    const { page } = await openMap();
    const before = await page.locator('.leaflet-marker-icon').count();
    await page.selectOption('#filter-topic', 'hiv');
    await expect.poll(() => page.url()).toMatch(/\/map\/\?topic=hiv$/);
    expect(await page.locator('[data-map-list] a').allTextContents()).toEqual([
      'Positive Living Circle',
      'Northgate rapid HIV testing',
    ]);
    expect(await page.locator('[data-map-count]').textContent()).toBe('Showing 2 of 2.');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).not.toBe(before);

    const shared = (await openMap('/map/?kind=service&day=saturday')).page;
    expect(await shared.locator('#filter-kind').inputValue()).toBe('service');
    expect(await shared.locator('[data-map-list] a').allTextContents()).toEqual([
      'Northgate rapid HIV testing',
      'Old Market food pantry',
    ]);
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
    expect(await page.locator('[data-map-list] a').count()).toBe(6);
  });

  it('with reduced motion the map jumps instead of animating', async () => {
    const { page } = await openMap('/map/', { reducedMotion: 'reduce' });
    expect(await page.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBe(0);
    expect(await page.locator('.map-canvas.leaflet-fade-anim').count()).toBe(0);
    const { page: moving } = await openMap('/map/', { reducedMotion: 'no-preference' });
    expect(await moving.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBeGreaterThan(0);
    expect(await moving.locator('.map-canvas.leaflet-fade-anim').count()).toBe(1);
  });
});

describe('near me in a real browser', () => {
  // By Riverside Library (Positive Living Circle), well away from Northgate and Old Market.
  const riverside = { latitude: 41.9216, longitude: -87.7013 };

  it('with location allowed, a list is sorted nearest first with miles, online-only groups left out and said so', async () => {
    const { open, external } = await context({ geolocation: riverside, permissions: ['geolocation'] });
    const page = await open('/groups/');
    await page.getByRole('button', { name: 'Use my location' }).click();
    const status = page.locator('[data-near-me-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Sorted by distance from your location\./);
    expect(await status.textContent()).toMatch(/2 entries without a place you can go to/);
    const visible = page.locator('.entry-card:visible');
    expect(await visible.locator('h2 a').first().textContent()).toBe('Positive Living Circle');
    expect(await visible.locator('[data-near-me-distance]').first().textContent()).toBe('0.1 mi away');
    expect(await page.locator('.entry-card:visible', { hasText: 'Online Mood Support' }).count()).toBe(0);
    const position = String(riverside.latitude);
    expect(external.filter(({ url }) => url.includes(position))).toEqual([]);
  });

  it('with location refused, it explains and offers an area instead, which still sorts the list', async () => {
    const { open } = await context({ permissions: [] });
    const page = await open('/groups/');
    await page.getByRole('button', { name: 'Use my location' }).click();
    const status = page.locator('[data-near-me-status]');
    await expect.poll(() => status.textContent()).toMatch(/did not share your location/);
    await page.getByLabel('Or choose an area').selectOption({ label: 'Old Market' });
    await page.getByRole('button', { name: 'Sort by distance' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Sorted by distance from Old Market\./);
    expect(await page.locator('.entry-card:visible h2 a').first().textContent()).toBe(
      'Old Market Bereavement Café',
    );
  });

  it('on the home page, lists the nearest places; on the map page, sorts the list with distances', async () => {
    const { open } = await context({ geolocation: riverside, permissions: ['geolocation'] });
    const home = await open('/');
    await home.getByRole('button', { name: 'Use my location' }).click();
    const nearest = home.locator('[data-near-me-results] li');
    await nearest.first().waitFor();
    expect(await nearest.first().textContent()).toBe('Positive Living Circle · Riverside · 0.1 mi away');
    expect(await home.locator('[data-near-me-status]').textContent()).toMatch(
      /Online-only groups are left out/,
    );

    const map = await open('/map/');
    await map.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached' });
    await map.getByRole('button', { name: 'Use my location' }).click();
    await expect
      .poll(() => map.locator('[data-map-count]').textContent())
      .toMatch(/Sorted by distance from your location/);
    expect(await map.locator('.map-list-item').first().textContent()).toMatch(
      /^Positive Living Circle.*0\.1 mi away$/,
    );
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
