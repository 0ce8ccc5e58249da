import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { allPages, fixtureEntries } from '../support/built-site.ts';
import type { OpenOptions } from '../support/open-page.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const group = fixtureEntries('groups').find((g) => (g.data.status ?? 'active') === 'active');

async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  return (await site.open(path, options)).page;
}

describe('browsing the directory in a real browser', () => {
  it('a list page has no accessibility violations (WCAG 2.2 AA)', async () => {
    const page = await open('/groups/');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('an entry page has no accessibility violations, with its next meeting worked out', async () => {
    const page = await open(`/groups/${group?.id}/`);
    await expect
      .poll(() => page.locator('circles-next-meeting').textContent())
      .toMatch(/^(Next: |Meeting now)/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the home page has no accessibility violations once the finder has its first results', async () => {
    const page = await open('/');
    await page.locator('circles-finder.is-enhanced [data-results] > li').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the keyboard reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await open('/groups/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await expect.poll(() => page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('the keyboard can reach an entry from the list and open it', async () => {
    const page = await open('/groups/');
    const first = page.locator('.entry-card a').first();
    const target = await first.getAttribute('href');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === target) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(target);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('an entry page is complete without JavaScript', async () => {
    const page = await open(`/groups/${group?.id}/`, { javaScript: false });
    expect(await page.locator('#when + ul li').first().textContent()).toMatch(/\d:\d\d/);
    expect(await page.locator('circles-next-meeting').textContent()).toBe('');
    expect(await page.locator('h1').textContent()).toContain(group?.data.name);
  });

  it('no built page scrolls sideways at 320 or 375 pixels, in either language (every page, without scripts)', async () => {
    // Every page the build wrote, the longest name, e-mail address and web address among them.
    const paths = allPages().map((path) => path.replace(/index\.html$/, ''));
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const wide: string[] = [];
    // Each page loaded once and measured at both widths: without scripts, a resize only reflows it.
    const visit = async (page: Page, path: string) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      for (const width of [375, 320]) {
        if (width !== 375) await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path} at ${width} px (${overflow} px)`);
      }
    };
    // Two pages at a time, each working through its half of the list.
    const pages = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all(
      pages.map(async (page, lane) => {
        for (const path of paths.filter((_, index) => index % pages.length === lane)) await visit(page, path);
      }),
    );
    await context.close();
    expect(wide).toEqual([]);
  }, 90_000);

  it('with scripts, the pages they fill in still fit 320 pixels: finder results, the map, search, my list', async () => {
    const paths = ['/', '/find/#when=week', '/groups/', '/map/', '/search/?q=grief', '/print/my-list/'];
    for (const path of paths.flatMap((p) => [p, `/es${p}`])) {
      const page = await open(path, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
