/**
 * Build benchmark: validates and builds a content folder as child processes timed from outside, builds
 * a bare Astro project with the same number of HTML pages in the same run (the floor), and reports what
 * a maintainer needs to watch — time and its ratio to the floor, peak memory, where the time went, the
 * output's size, each page kind's weight, and what a phone downloads for a first search, the finder's
 * first results and the map. Writes the figures to BENCHMARKS.md (a marked section per directory).
 *   npm run bench                         the demo content
 *   npm run bench -- --entries 10000      a synthetic directory of 8,000 groups and 2,000 services
 *   npm run bench -- --root DIR           another content folder
 *   --no-write                            print only
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfigSettings } from '../src/lib/directory/site-settings.ts';
import { languagePrefix } from '../src/lib/paths.ts';
import { searchedPages } from '../src/lib/search/write-search-index.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { table, writeBenchmarkSection } from './lib/benchmarks-section.ts';
import { buildPhases } from './lib/build-phases.ts';
import { firstFinderResults, firstSearch, gzipTotal, mapFirstView } from './lib/first-use.ts';
import { buildFloor } from './lib/floor-site.ts';
import { type KindWeights, pageWeights } from './lib/page-weights.ts';
import { type MeasuredRun, runMeasured } from './lib/run-measured.ts';
import { filesUnder, kb, urlPathOf } from './lib/site-files.ts';
import { splitEntries, synthesizeDirectory } from './lib/synthesize-directory.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    entries: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const label = values.entries
  ? `entries-${values.entries}`
  : `root-${(values.root ?? 'content').replace(/[^a-z0-9]+/gi, '-')}`;
const root = values.entries ? `bench/synthetic-${label}` : (values.root ?? 'content');
const outDir = resolve('bench/.output', label);
// A cache of its own, emptied first: every run measures a cold build, as CI's is.
const cacheDir = resolve('bench/.output', `${label}-cache`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function prepareContent(): Promise<string> {
  if (!values.entries) return root;
  const split = splitEntries(Number(values.entries));
  await synthesizeDirectory({ ...split, out: root });
  return `${split.groups.toLocaleString('en')} groups + ${split.services.toLocaleString('en')} services`;
}

async function run(args: string[]): Promise<MeasuredRun> {
  const result = await runMeasured(process.execPath, args, {
    env: {
      ...process.env,
      CIRCLES_CONTENT_DIR: root,
      CIRCLES_OUT_DIR: outDir,
      CIRCLES_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.code !== 0)
    throw new Error(
      `${args.join(' ')} failed:\n${result.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n')}`,
    );
  return result;
}

function outputFigures() {
  const files = filesUnder(outDir).map((file) => ({ file, size: statSync(file).size }));
  const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
  return {
    files: files.length,
    bytes: files.reduce((sum, { size }) => sum + size, 0),
    largest: `${urlPathOf(outDir, largest.file)} (${mib(largest.size)})`,
    html: files.filter(({ file }) => file.endsWith('.html')).map(({ file }) => file),
  };
}

/** Pagefind's CLI over the built output with the build's own page selection, into a folder thrown away. */
async function pagefindAlone(languagePrefixes: string[]): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'circles-pagefind-'));
  try {
    const args = ['--site', outDir, '--output-path', scratch, '--glob', searchedPages(languagePrefixes)];
    return await runMeasured(resolve('node_modules/.bin/pagefind'), args);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function browserFigures() {
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  try {
    const search = await firstSearch(browser, server.url, '', 'grief');
    await search.context.close();
    const finder = await firstFinderResults(browser, server.url);
    const map = await mapFirstView(browser, server.url);
    const bytes = (paths: string[]) => `${kb(gzipTotal(outDir, paths))} (${new Set(paths).size} files)`;
    return [
      ['first search query ("grief"), from /pagefind/', bytes(search.index)],
      ['finder: data for the first results (home page)', bytes(finder.data)],
      ['finder: JS before the first results (home page)', bytes(finder.js)],
      ['map page at 375 × 812: the map at load', map.inView ? 'on screen' : 'below the fold'],
      ['map page: data before the map is on screen', map.inView ? '—' : bytes(map.dataBeforeShown)],
      [
        'map page: data until the map is drawn (its first view)',
        bytes([...map.dataBeforeShown, ...map.dataShown]),
      ],
      ['map page: JS before the map is on screen', map.inView ? '—' : bytes(map.jsBeforeShown)],
      ['map page: all JS once shown', bytes(map.js)],
    ];
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

const weightRows = (weights: KindWeights[]) =>
  weights
    .sort((a, b) => a.kind.localeCompare(b.kind))
    .map((w) => [
      w.kind,
      w.pages.toLocaleString('en'),
      `${kb(w.html.median)} (${kb(w.html.max)})`,
      `${kb(w.css.median)} (${kb(w.css.max)})`,
      `${kb(w.js.median)} (${kb(w.js.max)})`,
      w.html.maxPath,
    ]);

async function main() {
  const content = await prepareContent();
  rmSync(cacheDir, { recursive: true, force: true });
  const { languages, defaultLanguage } = readConfigSettings(root);
  const validate = await run(['scripts/validate.ts', '--root', root]);
  const build = await run(['scripts/build.ts']);
  const output = outputFigures();
  const floor = await buildFloor(output.html.length);
  const alone = await pagefindAlone(languages.map((lang) => languagePrefix(lang, defaultLanguage)));
  const entries = values.entries ? Number(values.entries) : Number.NaN;
  const total = validate.wallMs + build.wallMs;
  const { phases, routes } = buildPhases(build.lines, languages);
  const summary = [
    ['content', `${content} (${root}), ${languages.length} languages`],
    [
      'validate + build (wall)',
      `${seconds(total)} (validate ${seconds(validate.wallMs)}, build ${seconds(build.wallMs)})`,
    ],
    [
      'floor: bare Astro, same number of HTML pages',
      `${seconds(floor.wallMs)} for ${output.html.length.toLocaleString('en')} pages`,
    ],
    ['**ratio to the floor**', `**${(total / floor.wallMs).toFixed(1)}×**`],
    ['per entry', Number.isNaN(entries) ? '—' : `${(total / entries).toFixed(1)} ms`],
    [
      'peak memory (build, its process tree)',
      `${gib(build.peakBytes)} (validate ${gib(validate.peakBytes)}, floor ${gib(floor.peakBytes)})`,
    ],
    [
      'output',
      `${mib(output.bytes)} in ${output.files.toLocaleString('en')} files; largest ${output.largest}`,
    ],
    ...(await browserFigures()),
  ];
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const body = [
    `### ${values.entries ? `${entries.toLocaleString('en')} entries` : root}`,
    '',
    `\`npm run bench -- ${values.entries ? `--entries ${values.entries}` : `--root ${root}`}\` at ${commit}, ${new Date().toISOString().slice(0, 16)} UTC.`,
    '',
    table(['figure', 'value'], summary),
    '',
    table(
      ['phase', 'time'],
      [
        ['validate', seconds(validate.wallMs)],
        ...phases.map(([name, ms]) => [name, seconds(ms)]),
        [
          '(Pagefind alone over the same output, for comparison)',
          `${seconds(alone.wallMs)}, peak ${gib(alone.peakBytes)}`,
        ],
      ],
    ),
    '',
    table(
      ["route (rendering, sum of Astro's per-file times)", 'files', 'time'],
      routes.map(([route, ms, files]) => [route, files.toLocaleString('en'), seconds(ms)]),
    ),
    '',
    table(
      [
        'page kind',
        'pages',
        'HTML gzip, median (max)',
        'CSS gzip',
        'JS gzip (static imports)',
        'largest HTML',
      ],
      weightRows(pageWeights(outDir, output.html, languages)),
    ),
  ].join('\n');
  console.log(body);
  if (!values['no-write'])
    writeBenchmarkSection('BENCHMARKS.md', '## Build at scale', `bench-build ${label}`, body);
}

await main();
