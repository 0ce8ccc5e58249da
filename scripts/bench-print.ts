/**
 * Print benchmark: builds a content folder, then prints
 *   - the pages the largest area list takes on A4 and on US Letter (Chromium's own PDF, pages counted), and
 *   - how long the build spent on the print pages, summed from Astro's per-page timings, and the size of
 *     the biggest printed list.
 *   node scripts/bench-print.ts                      the demo content
 *   node scripts/bench-print.ts --root DIR           another folder, such as bench/synthetic-10000
 *   node scripts/bench-print.ts --root DIR --no-pdf  skip the PDFs (a 10,000-entry list is not a handout)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'content' }, 'no-pdf': { type: 'boolean', default: false } },
});
const root = values.root ?? 'content';
const outDir = resolve('bench/.output', `print-${root.replace(/[^a-z0-9]+/gi, '-')}`);

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  env: { ...process.env, CIRCLES_CONTENT_DIR: root, CIRCLES_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
const total = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

// Astro logs each page it writes as "├─ /path/index.html (+12ms)".
const timings = [...build.stdout.matchAll(/[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)].map(
  ([, path, amount, unit]) => ({ path: path ?? '', ms: Number(amount) * (unit === 's' ? 1000 : 1) }),
);
const sum = (list: { ms: number }[]) => list.reduce((n, t) => n + t.ms, 0) / 1000;
const print = timings.filter((t) => t.path.startsWith('/print/'));
const listSizes = print
  .map((t) => ({ path: t.path, bytes: statSync(join(outDir, t.path)).size }))
  .sort((a, b) => b.bytes - a.bytes);

console.log(`content                 ${root}`);
console.log(`astro build (total)     ${total.toFixed(2)} s`);
console.log(`all pages written in    ${sum(timings).toFixed(2)} s (${timings.length} pages)`);
console.log(`print pages written in  ${sum(print).toFixed(2)} s (${print.length} pages)`);
for (const list of listSizes.slice(0, 2))
  console.log(`largest print page      ${list.path}: ${(list.bytes / 2 ** 20).toFixed(2)} MiB`);

if (!values['no-pdf']) {
  const areas = join(outDir, 'print/areas');
  const cards = (area: string) =>
    (readFileSync(join(areas, area, 'index.html'), 'utf8').match(/class="print-card"/g) ?? []).length;
  const largest = readdirSync(areas).sort((a, b) => cards(b) - cards(a))[0] ?? '';
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  const page = await browser.newPage();
  await page.goto(`${server.url}/print/areas/${largest}/`);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    console.log(
      `largest area list       /print/areas/${largest}/ (${cards(largest)} printed entries): ${format} ${pages} pages`,
    );
  }
  await browser.close();
  await server.close();
}
