import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { FIXTURE_OUT } from './fixture-site.ts';
import { type OpenOptions, openPage } from './open-page.ts';
import { serveStatic } from './static-server.ts';

export interface SiteBrowser {
  /** One Chromium for the whole test file. */
  readonly browser: Browser;
  /** The built site's origin on 127.0.0.1, such as `http://127.0.0.1:43121`. */
  readonly url: string;
  /** Opens a path of the site in a fresh context, as `openPage` does. */
  open(path: string, options?: OpenOptions): ReturnType<typeof openPage>;
}

/**
 * One browser and one static server of a built site for a test file: started before its first test,
 * closed after its last. Call at the top of the file; read `browser` and `url` inside tests.
 */
export function useSiteBrowser(root: string = FIXTURE_OUT): SiteBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(root)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error('the browser and server start in beforeAll');
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    get url() {
      return started().server.url;
    },
    open(path, options = {}) {
      const { browser, server } = started();
      return openPage(browser, `${server.url}${path}`, options);
    },
  };
}
