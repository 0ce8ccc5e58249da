/**
 * Finder and map benchmark: builds a content folder (the demo by default) and prints what the finder
 * costs a visitor — the JS (gzip) loaded before the first results are shown, the data its first use
 * fetches, the time to filter, count and sort the whole directory (median of 20 runs, as measured by the
 * finder's own `circles-finder:run` performance measure, unthrottled and with the CPU slowed 4×), the
 * layout shift on the home page while the results arrive, and what the map adds when first shown.
 *   node scripts/bench-finder.ts                                  the demo
 *   node scripts/bench-finder.ts --root bench/synthetic-8000      a synthetic directory (synthesize.ts)
 *   --no-build   reuse the last build of that folder
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { mapContext } from '../test/support/map-browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { firstFinderResults, recordRequests } from './lib/first-use.ts';
import { kb } from './lib/site-files.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'content' }, 'no-build': { type: 'boolean', default: false } },
});
const root = values.root ?? 'content';
const outDir = resolve('bench/.output', `finder-${root.replace(/[^a-z0-9]+/gi, '-')}`);
/** The file a site path is served from: a folder's index.html. */
const fileOf = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
const gzipOf = (path: string) => gzipSync(readFileSync(fileOf(path))).length;
const rawOf = (path: string) => readFileSync(fileOf(path)).length;
const RUNS = 20;

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    encoding: 'utf8',
    // A 10,000-entry build lists 50,000 routes: more than spawnSync's default 1 MB of output.
    maxBuffer: 512 * 1024 * 1024,
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

/** Filter, count and sort the whole directory RUNS times, by pressing "Tonight" on and off. */
async function runTimes(browser: Browser, url: string, throttle: number) {
  const { context } = await mapContext(browser, url);
  const page = await context.newPage();
  await page.goto(`${url}/find/`);
  await page.locator('circles-finder.is-enhanced').waitFor({ timeout: 120_000 });
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.evaluate(() => performance.clearMeasures('circles-finder:run'));
  const tonight = page.locator('[data-when="tonight"]').first();
  for (let i = 0; i < RUNS; i++) {
    await tonight.click();
    await page.waitForFunction((n) => performance.getEntriesByName('circles-finder:run').length >= n, i + 1);
  }
  const times = await page.evaluate(() =>
    performance.getEntriesByName('circles-finder:run').map((entry) => entry.duration),
  );
  await context.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, worst: times.at(-1) ?? Number.NaN };
}

async function mapCost(browser: Browser, url: string) {
  const { context } = await mapContext(browser, url);
  const page = await context.newPage();
  const requested = recordRequests(page);
  await page.goto(`${url}/map/`);
  await page.locator('[data-map-canvas][data-drawn]').waitFor({ state: 'attached', timeout: 120_000 });
  const drawnAt = await page.evaluate(
    () => performance.getEntriesByName('circles-map:drawn').at(-1)?.startTime ?? Number.NaN,
  );
  await context.close();
  const js = requested.filter((path) => path.startsWith('/_astro/') && path.endsWith('.js'));
  return { js, drawnAt, names: requested.filter((path) => path.startsWith('/data/finder/names')) };
}

async function main() {
  if (!values['no-build'] || !existsSync(join(outDir, 'find/index.html')))
    console.log(`build                  ${build().toFixed(1)} s`);
  const index = JSON.parse(readFileSync(join(outDir, 'data/finder/index.json'), 'utf8')) as { count: number };
  console.log(`content                ${root}: ${index.count} entries in the finder`);
  for (const file of ['index.json', 'names.json', 'places.json', 'cards/0/'])
    console.log(
      `${`/data/finder/${file}`.padEnd(28)}${kb(rawOf(`/data/finder/${file}`))} (${kb(gzipOf(`/data/finder/${file}`))} gzip)`,
    );

  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  try {
    const first = await firstFinderResults(browser, server.url);
    const sum = (paths: string[], size: (path: string) => number) =>
      kb([...new Set(paths)].reduce((total, path) => total + size(path), 0));
    console.log(`home: JS before list   ${sum(first.js, gzipOf)} gzip (${new Set(first.js).size} files)`);
    console.log(
      `home: data first use   ${sum(first.data, gzipOf)} gzip, ${sum(first.data, rawOf)} raw (${[...new Set(first.data)].join(', ')})`,
    );
    console.log(`home: layout shift     ${first.cls.toFixed(3)} (CLS while the first results arrive)`);
    for (const throttle of [1, 4]) {
      const { median, worst } = await runTimes(browser, server.url, throttle);
      console.log(
        `filter+count+sort      ${median.toFixed(1)} ms median, ${worst.toFixed(1)} ms worst of ${RUNS}${throttle > 1 ? ` (CPU ${throttle}× slower)` : ''}`,
      );
    }
    const map = await mapCost(browser, server.url);
    console.log(
      `map page: JS in all    ${sum(map.js, gzipOf)} gzip; names ${sum(map.names, gzipOf)} gzip; markers drawn ${map.drawnAt.toFixed(0)} ms after navigation`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
