/**
 * Screenshots of a built site, as a person would first see it: each page at a phone size (375 × 812)
 * and a laptop size (1280 × 800), first screen and whole page, in every language given.
 *   node scripts/screenshots.ts --site test/.output/demo --out shots [--pages /,/groups/] [--dark]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const DEFAULT_PAGES = ['/', '/groups/', '/search/', '/map/', '/print/areas/uptown/'];
const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'laptop', width: 1280, height: 800 },
];

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'test/.output/demo' },
    out: { type: 'string', default: 'shots' },
    pages: { type: 'string' },
    langs: { type: 'string', default: ',es' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});

const pages = values.pages ? values.pages.split(',') : DEFAULT_PAGES;
const prefixes = (values.langs ?? '').split(',').map((lang) => (lang ? `/${lang}` : ''));
const fileName = (path: string) => path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';

async function main() {
  mkdirSync(values.out ?? 'shots', { recursive: true });
  const server = await serveStatic(values.site ?? 'test/.output/demo');
  const browser = await launchBrowser();
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        timezoneId: 'America/Chicago',
        colorScheme: values.dark ? 'dark' : 'light',
      });
      const page = await context.newPage();
      for (const prefix of prefixes) {
        for (const path of pages) {
          await page.goto(`${server.url}${prefix}${path}`);
          await page.waitForLoadState('networkidle');
          const file = join(values.out ?? 'shots', `${fileName(`${prefix}${path}`)}-${size.name}.png`);
          await page.screenshot({ path: file, fullPage: values.full ?? false });
          console.log(file);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
