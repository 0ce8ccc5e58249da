import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

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
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    async (route) => {
      const request = route.request();
      external.push({ url: request.url(), referer: (await request.headerValue('referer')) ?? undefined });
      if (tiles === 'ok' && request.url().startsWith('https://tile.openstreetmap.org/'))
        await route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
      else await route.abort();
    },
  );
  return {
    context,
    external,
    async open(path) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('close', () => {
        if (errors.length > 0) throw new Error(errors.join('\n'));
      });
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
  };
}
