/**
 * How many sheets each handout takes: every list under /print/ (areas, topics, everything…) on A4 and on
 * US Letter, in each layout the page offers (standard, two columns, pocket), counted from Chromium's own
 * PDF. Also says whether any entry's card was split across two pages.
 *   node scripts/print-pages.ts --site test/.output/demo [--only areas] [--layouts standard,columns,pocket]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'test/.output/demo' },
    only: { type: 'string' },
    layouts: { type: 'string', default: 'standard,columns,pocket' },
  },
});
const site = values.site ?? 'test/.output/demo';

/** The handouts a built site has, as URL paths: /print/areas/uptown/, /print/topics/hiv/, … */
function handouts(): string[] {
  const found: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (!item.isDirectory()) continue;
      const child = `${path}${item.name}/`;
      const inside = readdirSync(join(dir, item.name));
      if (inside.includes('index.html') && child !== '/print/my-list/') found.push(child);
      walk(join(dir, item.name), child);
    }
  };
  walk(join(site, 'print'), '/print/');
  return found.filter((path) => !values.only || path.startsWith(`/print/${values.only}/`)).sort();
}

/** Chooses a layout the way a visitor does: its radio button (none on a page that offers one layout). */
async function choose(page: Page, layout: string): Promise<boolean> {
  const radio = page.locator(`input[name="layout"][value="${layout}"]`);
  if ((await radio.count()) > 0) {
    await radio.check();
    return true;
  }
  // Sites built before the layout choice had a "two columns" checkbox only.
  const twoColumns = page.locator('#two-columns');
  if ((await twoColumns.count()) === 0) return layout === 'standard';
  if (layout === 'pocket') return false;
  await twoColumns.setChecked(layout === 'columns');
  return true;
}

export async function pagesOf(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = (await page.pdf({ format })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function main() {
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(site)]);
  const page = await browser.newPage();
  const layouts = (values.layouts ?? 'standard').split(',');
  console.log(['handout', 'entries', ...layouts.flatMap((l) => [`${l} A4`, `${l} Letter`])].join('\t'));
  for (const path of handouts()) {
    await page.goto(`${server.url}${path}`);
    const entries = await page.locator('.print-card').count();
    const row = [path, String(entries)];
    for (const layout of layouts) {
      if (!(await choose(page, layout))) {
        row.push('-', '-');
        continue;
      }
      for (const format of ['A4', 'Letter'] as const) row.push(String(await pagesOf(page, format)));
    }
    console.log(row.join('\t'));
  }
  await browser.close();
  await server.close();
}

await main();
