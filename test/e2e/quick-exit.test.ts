import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureEntries } from '../support/built-site.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

// The fixture's site.yaml leaves quick_exit_url at its default; no request may leave the machine, so
// the neutral site is answered here.
const NEUTRAL = 'https://www.wikipedia.org/';
const site = useSiteBrowser();
const group = fixtureEntries('groups')[0];

async function visitTwoPages(options: { javaScript?: boolean } = {}) {
  const context: BrowserContext = await site.browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
  });
  const referrers: (string | undefined)[] = [];
  await context.route(`${NEUTRAL}**`, (route) => {
    referrers.push(route.request().headers().referer);
    return route.fulfill({ contentType: 'text/html', body: '<title>Wikipedia</title><p>Neutral</p>' });
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await page.goto(`${site.url}/groups/${group?.id}/`);
  return { page, referrers };
}

describe('quick exit', () => {
  it('leaves for the neutral site in one press, and Back does not return to the page that was open', async () => {
    const { page, referrers } = await visitTwoPages();
    await page.getByRole('link', { name: 'Quick exit', exact: true }).click();
    await page.waitForURL(NEUTRAL);
    expect(referrers).toEqual([undefined]);
    await page.goBack();
    expect(page.url()).toBe(`${site.url}/`);
  });

  it('leaves when Escape is pressed three times', async () => {
    const { page } = await visitTwoPages();
    for (let press = 0; press < 3; press++) await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    expect(page.url()).toBe(`${site.url}/`);
  });

  it('is the first control after the skip link, and still leaves without JavaScript', async () => {
    const { page } = await visitTwoPages({ javaScript: false });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Quick exit');
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL);
  });
});
