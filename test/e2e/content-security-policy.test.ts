import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries } from '../support/built-site.ts';
import { type MapContext, mapContext } from '../support/map-browser.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const served = useSiteBrowser();
let site: MapContext;
const venue = fixtureEntries('groups').find((g) => g.data.location?.kind === 'address');

beforeAll(async () => {
  site = await mapContext(served.browser, served.url);
  // Recorded from the first moment of every page, before any of its own scripts run.
  await site.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Each kind of page, and what makes it do the most it can: maps drawn, search run, lists filled. */
const pageKinds: [string, (page: Page) => Promise<void>][] = [
  ['/', async (page) => void (await page.waitForLoadState('networkidle'))],
  ['/groups/', async (page) => void (await page.waitForLoadState('networkidle'))],
  [
    `/groups/${venue?.id}/`,
    async (page) => {
      await page.locator('[data-mini-map-show]').click();
      await page.locator('.leaflet-container').first().waitFor();
    },
  ],
  ['/map/', async (page) => void (await page.locator('.leaflet-marker-icon').first().waitFor())],
  [
    '/search/?q=grief',
    async (page) =>
      void (await page.locator('[data-search-results] .entry-card').first().waitFor({ timeout: 10_000 })),
  ],
  ['/print/all/', async (page) => void (await page.waitForLoadState('networkidle'))],
  ['/print/my-list/', async (page) => void (await page.waitForLoadState('networkidle'))],
  ['/contribute/', async (page) => void (await page.waitForLoadState('networkidle'))],
  ['/no-such-page/', async (page) => void (await page.waitForLoadState('networkidle'))],
];

describe('the Content Security Policy', () => {
  it.each(pageKinds)('%s runs everything it needs with no policy violation', async (path, exercise) => {
    const page = await site.open(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline/);
    await exercise(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('stops a script the site did not ship', async () => {
    const page = await site.open('/groups/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toContain('script-src-elem inline');
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
