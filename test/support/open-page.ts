import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface OpenOptions {
  javaScript?: boolean;
  width?: number;
  /** What to wait for before returning: the network going quiet (the default), or just the load event. */
  until?: 'networkidle' | 'load';
}

/**
 * Opens a URL in a fresh context (the site's time zone, a laptop-sized window unless told), waits until
 * the network is idle (or the page has loaded, with `until: 'load'`) and fails on any script error. `requested` lists every path the page asked for.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<{ page: Page; requested: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1024, height: 800 },
    timezoneId: 'America/Chicago',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await page.waitForLoadState(options.until ?? 'networkidle');
  expect(errors).toEqual([]);
  return { page, requested };
}
