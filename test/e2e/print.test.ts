import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe.ts';
import { fixtureEntries } from '../support/built-site.ts';
import { squeeze } from '../support/pdf-text.ts';
import { expectCleanPages, formats, openPrintable as open } from '../support/print-pages.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const fixture = useSiteBrowser();

async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('printing a list in a real browser', () => {
  it('hides the toolbar and skip link on paper, keeps black on white text of at least 10 pt', async () => {
    const context = await fixture.browser.newContext();
    const page = await open(context, `${fixture.url}/print/all/`);
    expect(await page.locator('.print-toolbar').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    expect(
      await page.locator('nav').evaluateAll((navs) => navs.filter((n) => n.checkVisibility()).length),
    ).toBe(0);
    const style = await page
      .locator('.print-facts')
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element);
        return { size: Number.parseFloat(computed.fontSize), color: computed.color };
      });
    expect(style.size).toBeGreaterThanOrEqual((10 * 96) / 72 - 0.01);
    expect(style.color).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('QR codes open the list and each entry on the public site', async () => {
    const context = await fixture.browser.newContext({ deviceScaleFactor: 2 });
    const page = await open(context, `${fixture.url}/print/services/`);
    expect(await decodeQr(page.locator('.print-list-qr svg'))).toBe(
      'https://lakeside-circles.example.org/print/services/',
    );
    const first = page.locator('[data-print-entry]').first();
    const key = (await first.getAttribute('data-print-entry')) ?? '';
    expect(await decodeQr(first.locator('.print-card-qr img'))).toBe(
      `https://lakeside-circles.example.org/services/${key.replace('service:', '')}/`,
    );
    await context.close();
  });

  it('a printable list has no accessibility violations (WCAG 2.2 AA)', async () => {
    const context = await fixture.browser.newContext();
    const page = await open(context, `${fixture.url}/print/all/`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('my list', () => {
  const groups = fixtureEntries('groups').filter((g) => (g.data.status ?? 'active') !== 'closed');
  const services = fixtureEntries('services');
  const [first, second] = [groups[0], services[0]];

  it('a share link carries the list to a fresh browser, which shows it without storing it until asked', async () => {
    const sender = await fixture.browser.newContext({ deviceScaleFactor: 2 });
    for (const entry of [`/groups/${first?.id}/`, `/services/${second?.id}/`]) {
      const page = await open(sender, `${fixture.url}${entry}`);
      await page.getByRole('button', { name: /^Add to my list/ }).click();
    }
    const mine = await open(sender, `${fixture.url}/print/my-list/`);
    const field = mine.locator('[data-share-link]');
    await expect.poll(() => field.inputValue()).toMatch(/#list=/);
    const link = await field.inputValue();
    // The list's QR code on paper is the same link, so a client can scan it from the printout.
    expect(await decodeQr(mine.locator('[data-list-qr] svg').first())).toBe(link);
    // Each entry's code is drawn here from its page's card, and leads to that entry's page.
    const code = mine.locator(`[data-cards] [data-print-entry="group:${first?.id}"] .print-card-qr img`);
    expect(await decodeQr(code)).toBe(`https://lakeside-circles.example.org/groups/${first?.id}/`);
    await sender.close();

    const client = await fixture.browser.newContext();
    const page = await open(client, link.replace(/^https:\/\/[^/]+/, fixture.url));
    await expect
      .poll(() => page.locator('.my-list-name').allTextContents())
      .toEqual([first?.data.name, second?.data.name]);
    const stored = () => page.evaluate(() => localStorage.getItem('circles:my-list'));
    expect(await stored()).toBeNull();
    await page.getByRole('button', { name: 'Keep this list' }).click();
    await expect.poll(stored).toBe(JSON.stringify([`group:${first?.id}`, `service:${second?.id}`]));
    await client.close();
  });

  it('keeps the chosen entries across a reload, reorders them by keyboard, and prints only them', async () => {
    const context = await fixture.browser.newContext();
    const list = await open(context, `${fixture.url}/groups/`);
    await list.getByRole('button', { name: `Add to my list (${first?.data.name})` }).click();
    const remove = list.getByRole('button', { name: `Remove from my list (${first?.data.name})` });
    await expect.poll(() => remove.count()).toBe(1);
    await expect
      .poll(() => list.locator('[data-announce]').allTextContents())
      .toContain(`${first?.data.name} is on your list.`);
    const entry = await open(context, `${fixture.url}/services/${second?.id}/`);
    await entry.getByRole('button', { name: `Add to my list (${second?.data.name})` }).click();

    const fetched: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
    });
    const page = await open(context, `${fixture.url}/print/my-list/`);
    const names = () => page.locator('.my-list-name').allTextContents();
    await expect.poll(names).toEqual([first?.data.name, second?.data.name]);
    // Only the two chosen entries' pages are downloaded, so the list stays light in a huge directory.
    expect(fetched.sort()).toEqual([`/groups/${first?.id}/`, `/services/${second?.id}/`].sort());
    await page.getByRole('button', { name: `Move up (${second?.data.name})` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual([second?.data.name, first?.data.name]);
    await page.getByLabel(/note for the person/).fill('Ask for Sam at the front desk.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect.poll(names).toEqual([second?.data.name, first?.data.name]);
    expect(await page.getByLabel(/note for the person/).inputValue()).toBe('Ask for Sam at the front desk.');

    for (const format of formats) {
      const pages = await expectCleanPages(page, format);
      const text = squeeze(pages.flat().join(' '));
      expect(text).toContain(squeeze('Ask for Sam at the front desk.'));
      expect(text.indexOf(squeeze(second?.data.name ?? ''))).toBeLessThan(
        text.indexOf(squeeze(first?.data.name ?? '')),
      );
      for (const other of [...groups, ...services].filter((e) => e !== first && e !== second))
        expect(text, other.id).not.toContain(squeeze(other.data.name));
      expect(text).not.toContain(squeeze('Move up'));
    }

    await page.getByRole('button', { name: `Remove (${second?.data.name})` }).click();
    await expect.poll(names).toEqual([first?.data.name]);
    await expect.poll(() => page.locator('[data-cards] [data-print-entry]').count()).toBe(1);
    await context.close();
  }, 90_000);

  it('without JavaScript, points to the prebuilt printable lists', async () => {
    const context = await fixture.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, `${fixture.url}/print/my-list/`);
    expect(await page.getByRole('link', { name: 'Printable lists' }).first().getAttribute('href')).toBe(
      '/print/',
    );
    expect(await page.getByRole('button', { name: /Add to my list/ }).count()).toBe(0);
    await context.close();
  });
});
