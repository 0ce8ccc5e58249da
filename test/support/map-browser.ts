import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'yaml';
import { FIXTURE_CONTENT } from './fixture-site.ts';

/** The fixture's tile URL template from its site.yaml `map.tiles`, such as `https://tile.example/{z}/{x}/{y}.png`. */
const TILES: string = parse(readFileSync(join(FIXTURE_CONTENT, 'site.yaml'), 'utf8')).map.tiles;
const tilePattern = new RegExp(
  `^${TILES.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/g, '[^/]*')}$`,
);
/** Whether a URL is one of the fixture's map tiles (any zoom, column, row or subdomain). */
export const isTile = (url: string) => tilePattern.test(url);

/** A 1×1 transparent PNG, served in place of every map tile: no test ever reaches a tile server. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export interface MapContext {
  context: BrowserContext;
  /** Every request that left 127.0.0.1 (tiles included), as URL and Referer. */
  external: { url: string; referer: string | undefined }[];
  open(path: string): Promise<Page>;
  /** Every URL a page opened with `open` has requested so far, in order, its own address first. */
  requested(page: Page): string[];
}

/**
 * A browser context for map tests: tiles answered locally (or failed, with `tiles: 'fail'`), any other
 * request off the test server refused and recorded, the site's time zone, and page errors fail the test.
 */
export async function mapContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions & { tiles?: 'ok' | 'fail' } = {},
): Promise<MapContext> {
  const { tiles = 'ok', ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    timezoneId: 'America/Chicago',
    ...contextOptions,
  });
  const external: MapContext['external'] = [];
  const requests = new WeakMap<Page, string[]>();
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    async (route) => {
      const request = route.request();
      external.push({ url: request.url(), referer: (await request.headerValue('referer')) ?? undefined });
      if (tiles === 'ok' && isTile(request.url()))
        await route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
      else await route.abort();
    },
  );
  return {
    context,
    external,
    async open(path) {
      const page = await context.newPage();
      const urls: string[] = [];
      requests.set(page, urls);
      page.on('request', (request) => urls.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('close', () => {
        if (errors.length > 0) throw new Error(errors.join('\n'));
      });
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    requested: (page) => requests.get(page) ?? [],
  };
}
