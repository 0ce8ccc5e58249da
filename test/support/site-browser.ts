import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { FIXTURE_OUT } from './fixture-site.ts';
import { type OpenOptions, openPage } from './open-page.ts';
import { serveStatic } from './static-server.ts';

export interface SiteServer {
  /** The built site's origin on 127.0.0.1, such as `http://127.0.0.1:43121`. */
  readonly url: string;
}

export interface SiteBrowser extends SiteServer {
  /** One Chromium for the whole test file. */
  readonly browser: Browser;
  /** Opens a path of the site in a fresh context, as `openPage` does. */
  open(path: string, options?: OpenOptions): ReturnType<typeof openPage>;
}

/**
 * One static server of a built site for a test file: started before its first test, closed after its
 * last. For a second site beside the one `useSiteBrowser` serves; read `url` inside tests.
 */
export function useSiteServer(root: string = FIXTURE_OUT): SiteServer {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.url;
    },
  };
}

/**
 * One browser and one static server of a built site for a test file: started before its first test,
 * closed after its last. Call at the top of the file; read `browser` and `url` inside tests.
 */
export function useSiteBrowser(root: string = FIXTURE_OUT): SiteBrowser {
  const server = useSiteServer(root);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = () => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    get url() {
      return server.url;
    },
    open(path, options = {}) {
      return openPage(started(), `${server.url}${path}`, options);
    },
  };
}
