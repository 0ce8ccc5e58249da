import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const contexts: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

/** Wednesday 9 December 2026, 5:30 pm in Lakeside (Chicago time). */
const WEDNESDAY_EVENING = new Date('2026-12-09T17:30:00-06:00');
/** By Riverside Library (Positive Living Circle), well away from Northgate and Old Market. */
const RIVERSIDE = { latitude: 41.9216, longitude: -87.7013 };

/** Opens a page with the clock at a known Wednesday evening, and waits for the finder's first results. */
async function openFinder(path: string, options: BrowserContextOptions = {}, clock = WEDNESDAY_EVENING) {
  const context = await site.browser.newContext({
    timezoneId: 'America/Chicago',
    viewport: { width: 1200, height: 900 },
    ...options,
  });
  contexts.push(context);
  await context.clock.install({ time: clock });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${site.url}${path}`);
  await page.locator('circles-finder.is-enhanced').first().waitFor();
  return { page, context, errors, requested };
}

const summary = (page: Page) => page.locator('[data-summary]').first().textContent();
const names = (page: Page) => page.locator('[data-results] > li h3 a').allTextContents();
const LONG_NAME =
  'Wednesday Night Circle for Families, Friends and Neighbours of People Living with Serious Mental Illness';

describe('the finder on a Wednesday evening', () => {
  it('"Tonight" finds exactly the groups meeting this evening, fortnightly and monthly ones only on their dates', async () => {
    const { page, errors } = await openFinder('/groups/');
    await page.getByRole('button', { name: 'Tonight' }).click();
    await expect.poll(() => summary(page)).toBe('Groups tonight: 3');
    // Hand-written for the fixture: Riverside Grief meets every other Wednesday from 7 January (so on
    // 9 December), Second Wednesday Caregivers on the 9th; the First Wednesday Supper Club met on the 2nd,
    // the Wednesday Morning Walk is over by now.
    expect(await names(page)).toEqual(['Second Wednesday Caregivers', 'Riverside Grief Group', LONG_NAME]);
    expect(await page.locator('[data-results] [data-card-next]').allTextContents()).toEqual([
      'Next: today at 6:00 pm',
      'Next: today at 7:00 pm',
      'Next: today at 7:30 pm',
    ]);
    expect(page.url()).toMatch(/\/groups\/#when=tonight$/);
    expect(errors).toEqual([]);
  });

  it('finds a hybrid group as online, and says so in plain words', async () => {
    const { page } = await openFinder('/find/#when=tonight&kind=group');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: /^Online or by phone/ }).check();
    await expect.poll(() => summary(page)).toBe('Online groups tonight: 1');
    expect(await names(page)).toEqual(['Riverside Grief Group']);
    expect(await page.getByRole('checkbox', { name: /^In person/ }).getAttribute('name')).toBe('attendance');
    expect(await page.locator('[data-count="attendance:in_person"]').textContent()).toBe('(3)');
  });

  it('opens a shared address with its filters, and sorts by the meeting under way first', async () => {
    const { page } = await openFinder(
      '/find/#kind=group&topic=mental-health',
      {},
      new Date('2026-12-09T19:45:00-06:00'),
    );
    expect(await summary(page)).toBe('Mental health: groups: 4');
    expect((await names(page))[0]).toBe(LONG_NAME);
    expect(await page.locator('[data-results] [data-card-next]').first().textContent()).toBe(
      'Meeting now, until 9:00 pm',
    );
    await page.getByRole('button', { name: /^Filters/ }).click();
    expect(await page.getByRole('checkbox', { name: /^Mental health/ }).isChecked()).toBe(true);
  });

  it('understands typed words: a language, a topic by another name, a time', async () => {
    const { page } = await openFinder('/find/');
    await page.getByLabel('Search groups and services').fill('spanish hiv');
    await expect
      .poll(() => page.locator('[data-understood]').textContent())
      .toBe('Understood: spanish, hiv.');
    // Both entries in Spanish about HIV: the group, and the testing service whose staff speak it.
    expect((await names(page)).sort()).toEqual(['Northgate rapid HIV testing', 'Positive Living Circle']);
    await page.getByLabel('Search groups and services').fill('nothing like this');
    await expect.poll(() => page.locator('[data-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-all]').getAttribute('href')).toBe(
      '/search/?q=nothing%20like%20this',
    );
  });
});

describe('near a place, on the device', () => {
  it('a typed ZIP code or landmark sorts the whole directory by distance, places with none after, saying so', async () => {
    const { page, requested } = await openFinder('/find/');
    await page.getByRole('button', { name: 'Near me' }).click();
    await page.getByLabel('A neighborhood, ZIP code or landmark').fill('central station');
    await page.getByRole('button', { name: 'Sort by distance' }).click();
    await expect.poll(() => summary(page)).toBe('Groups and services near Lakeside Station: 13');
    expect(page.url()).toMatch(/near=Lakeside\+Station&sort=nearest/);
    const distances = await page.locator('[data-results] [data-card-distance]:visible').allTextContents();
    const miles = distances.map((text) => Number(/([\d.]+) mi/.exec(text)?.[1]));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(distances.some((text) => text.includes('about') && text.includes('area centre'))).toBe(true);
    expect(await page.locator('[data-unplaced]').textContent()).toMatch(
      /^4 entries have no place on the map/,
    );
    expect(requested.filter((url) => /central|station/i.test(url))).toEqual([]);
  });

  it('an unknown place gets a plain answer, and a partial one the places it could be', async () => {
    const { page } = await openFinder('/find/');
    await page.getByRole('button', { name: 'Near me' }).click();
    const input = page.getByLabel('A neighborhood, ZIP code or landmark');
    await input.fill('Springfield');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('[data-near-status]').textContent())
      .toMatch(/No place called “Springfield” is known here/);
    await input.fill('station');
    await input.press('Enter');
    const suggestion = page.locator('[data-near-suggestions] button');
    await expect.poll(() => suggestion.allTextContents()).toEqual(['Lakeside Station']);
    await suggestion.click();
    await expect.poll(() => summary(page)).toMatch(/near Lakeside Station/);
  });

  it('my location sorts nearest first and never leaves the browser', async () => {
    const { page, requested } = await openFinder('/groups/', {
      geolocation: RIVERSIDE,
      permissions: ['geolocation'],
    });
    await page.getByRole('button', { name: 'Near me' }).click();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => names(page).then((list) => list[0])).toBe('Positive Living Circle');
    expect(await page.locator('[data-results] [data-card-distance]').first().textContent()).toBe(
      '0.1 mi away',
    );
    expect(page.url()).not.toContain(String(RIVERSIDE.latitude));
    expect(requested.filter((url) => url.includes(String(RIVERSIDE.latitude)))).toEqual([]);
  });
  it('with location refused, it says so and offers typing a place instead', async () => {
    const { page } = await openFinder('/groups/', { permissions: [] });
    await page.getByRole('button', { name: 'Near me' }).click();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect
      .poll(() => page.locator('[data-near-status]').textContent())
      .toBe('Your browser did not share your location. You can type a place instead.');
    await page.getByLabel('A neighborhood, ZIP code or landmark').fill('Old Market');
    await page.getByRole('button', { name: 'Sort by distance' }).click();
    await expect.poll(() => names(page).then((list) => list[0])).toBe('Old Market Bereavement Café');
  });
});

describe('the finder for everyone', () => {
  it('puts the search box and "Tonight" on the first phone screen of the home page and of a list', async () => {
    for (const path of ['/', '/groups/']) {
      const { page } = await openFinder(path, { viewport: { width: 375, height: 812 } });
      for (const control of [
        page.getByLabel('Search groups and services'),
        page.getByRole('button', { name: 'Tonight' }),
      ]) {
        const box = await control.boundingBox();
        expect(box && box.y + box.height, path).toBeLessThanOrEqual(812);
      }
    }
  });

  it('has labelled controls, announces its results, and passes axe with the filters open, in both languages', async () => {
    for (const path of ['/find/#when=week', '/es/find/#when=week']) {
      const { page } = await openFinder(path);
      await page.locator('[data-filters-toggle]').click();
      expect(await page.locator('[data-summary]').first().getAttribute('role')).toBe('status');
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
  });

  it('without JavaScript, the lists show every entry and the finder’s controls are not offered', async () => {
    const { page } = await site.open('/groups/', { javaScript: false });
    expect(await page.locator('.entry-card').count()).toBe(10);
    expect(await page.getByLabel('Search groups and services').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tonight' }).isVisible()).toBe(false);
  });
});
