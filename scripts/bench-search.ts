/**
 * Search benchmark: for built sites, prints the size of the Pagefind index, the bytes a first query
 * downloads, and the time from typing to results in headless Chromium (first query and a later one).
 * It also compares the bytes of our <circles-search> element with Pagefind's Component UI.
 *   node scripts/bench-search.ts --site test/.output/demo --site bench/.output/search-synthetic
 *   node scripts/bench-search.ts --site test/.output/demo --lang es --query duelo --again 'vih español'
 * Build a site first with `npm run build` (CIRCLES_CONTENT_DIR / CIRCLES_OUT_DIR) or `npm run bench`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { searchQuery } from './lib/first-use.ts';
import { filesUnder as files, kb } from './lib/site-files.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', multiple: true, default: ['test/.output/demo'] },
    query: { type: 'string', default: 'grief' },
    again: { type: 'string', default: 'hiv spanish' },
    // Another published language's search page (`es` → /es/search/), which loads that language's index.
    lang: { type: 'string', default: '' },
  },
});

const gzipOf = (file: string) => gzipSync(readFileSync(file)).length;

/** What Pagefind's ready-made Component UI would add (its index writer ships it; we delete it). */
async function componentUiBytes(): Promise<{ raw: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-ui-'));
  try {
    const { index } = await pagefind.createIndex({});
    await index?.addCustomRecord({ url: '/', content: 'x', language: 'en' });
    await index?.writeFiles({ outputPath: dir });
    const ui = ['pagefind-component-ui.js', 'pagefind-component-ui.css'].map((name) => join(dir, name));
    return {
      raw: ui.reduce((n, file) => n + statSync(file).size, 0),
      gzip: ui.reduce((n, file) => n + gzipOf(file), 0),
    };
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const prefix = values.lang ? `/${values.lang}` : '';
const browser = await launchBrowser();
for (const site of values.site ?? []) {
  const indexFiles = files(join(site, 'pagefind'));
  const indexBytes = indexFiles.reduce((n, file) => n + statSync(file).size, 0);
  const entries = (JSON.parse(readFileSync(join(site, prefix, 'data/entries.json'), 'utf8')) as unknown[])
    .length;
  const server = await serveStatic(site);
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  const fetched = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.set(path, body.length);
  });
  await page.goto(`${server.url}${prefix}/search/`);
  await page.waitForLoadState('networkidle');
  const pageBytes = [...fetched.values()].reduce((n, b) => n + b, 0);
  const ownScripts = [...fetched.keys()]
    .filter((path) => path.startsWith('/_astro/') && path.endsWith('.js'))
    .reduce((n, path) => n + gzipOf(join(site, path)), 0);
  fetched.clear();

  const first = await searchQuery(page, values.query ?? 'grief');
  await page.waitForLoadState('networkidle');
  const firstBytes = [...fetched.entries()].filter(([path]) => path.startsWith('/pagefind/'));
  const firstTotal = firstBytes.reduce((n, [, b]) => n + b, 0);
  await page.locator('#search-q').fill('');
  const later = await searchQuery(page, values.again ?? 'hiv spanish');
  const status = await page.locator('[data-search-status]').textContent();

  console.log(`site                         ${site}${prefix}/ (${entries.toLocaleString('en')} entries)`);
  console.log(`index on disk                ${kb(indexBytes)} in ${indexFiles.length} files`);
  console.log(
    `search page before typing    ${kb(pageBytes)} transferred (our scripts ${kb(ownScripts)} gzip)`,
  );
  console.log(
    `first query "${values.query}"        ${kb(firstTotal)} fetched from /pagefind/ in ${firstBytes.length} files`,
  );
  console.log(
    `  query to results           ${first.toFixed(0)} ms (includes loading pagefind.js and the wasm)`,
  );
  console.log(`later query "${values.again}"  ${later.toFixed(0)} ms (${status})`);
  console.log('');
  await context.close();
  await server.close();
}
await browser.close();

const ui = await componentUiBytes();
console.log(
  `Pagefind Component UI would add ${kb(ui.raw)} (${kb(ui.gzip)} gzip) of JS and CSS on top of pagefind.js`,
);
