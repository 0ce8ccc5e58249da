/**
 * Map benchmark: builds a content folder (the demo by default) and prints what the map costs —
 * the JS and CSS (gzip) the map page loads before and after the map initialises, the size of
 * /data/map.json, and the time from navigation to markers drawn in headless Chromium (tiles stubbed).
 *   node scripts/bench-map.ts                                  the demo
 *   node scripts/bench-map.ts --root bench/synthetic-10000     a synthetic directory (make one with synthesize.ts)
 *   --no-build   reuse the last build of that folder
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.ts';
import { mapContext } from '../test/support/map-browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'content' }, 'no-build': { type: 'boolean', default: false } },
});
const root = values.root ?? 'content';
const outDir = resolve('bench/.output', `map-${root.replace(/[^a-z0-9]+/gi, '-')}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipOf = (file: string) => gzipSync(readFileSync(file)).length;

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CIRCLES_CONTENT_DIR: root,
      CIRCLES_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`${root} did not build:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

async function main() {
  if (!values['no-build'] || !existsSync(join(outDir, 'map/index.html')))
    console.log(`build             ${build().toFixed(1)} s`);
  const mapJson = join(outDir, 'data/map.json');
  const data = JSON.parse(readFileSync(mapJson, 'utf8')) as { entries: unknown[] };
  console.log(`content           ${root}`);
  console.log(`places on map     ${data.entries.length}`);
  console.log(`map data          ${kb(readFileSync(mapJson).length)} (${kb(gzipOf(mapJson))} gzip)`);

  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  try {
    const { context } = await mapContext(browser, server.url);
    const loaded: { path: string; type: 'js' | 'css'; beforeMap: boolean }[] = [];
    let mapStarted = false;
    const page = await context.newPage();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      const type = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : undefined;
      if (!type || !path.startsWith('/_astro/')) return;
      // Everything from the map module's own request on is "after the map initialises".
      if (/places-map|base-map|leaflet/.test(path)) mapStarted = true;
      loaded.push({ path, type, beforeMap: !mapStarted });
    });
    await page.goto(`${server.url}/map/`);
    await page.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached', timeout: 120_000 });
    const drawnAt = await page.evaluate(
      () => performance.getEntriesByName('circles-map:drawn').at(-1)?.startTime ?? Number.NaN,
    );
    const markers = await page.locator('.leaflet-marker-icon').count();
    const total = (filter: (item: (typeof loaded)[number]) => boolean) =>
      kb(loaded.filter(filter).reduce((sum, item) => sum + gzipOf(join(outDir, item.path)), 0));
    console.log(
      `before map init   JS ${total((i) => i.beforeMap && i.type === 'js')} · CSS ${total((i) => i.beforeMap && i.type === 'css')} (gzip)`,
    );
    console.log(
      `after map init    JS ${total((i) => i.type === 'js')} · CSS ${total((i) => i.type === 'css')} (gzip, cumulative)`,
    );
    console.log(
      `markers drawn     ${drawnAt.toFixed(0)} ms after navigation (${markers} markers and clusters in view)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
