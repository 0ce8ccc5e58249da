/**
 * `npm run audit`: Lighthouse (mobile preset, 3 runs, median) on each kind of page of the demo built as a
 * real site would be (`demo: false`, so search engines are not told to stay away, which a demo's
 * `noindex` does on purpose), served locally with gzip. Writes the scores and LCP, TBT, CLS and transfer
 * size to BENCHMARKS.md. Not part of `npm test`: it takes minutes, and its timings depend on the machine.
 *   npm run audit                      the demo content
 *   npm run audit -- --root DIR        another content folder; --runs N; --no-write
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfigSettings } from '../src/lib/directory/site-settings.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { table, writeBenchmarkSection } from './lib/benchmarks-section.ts';
import { auditPage } from './lib/lighthouse-runs.ts';
import { runMeasured } from './lib/run-measured.ts';
import { kb } from './lib/site-files.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'content' },
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const outDir = resolve('bench/.output/audit');

/** A copy of the content with `demo: false`, built like the real site. */
async function buildAsRealSite(): Promise<void> {
  const copy = mkdtempSync(join(tmpdir(), 'circles-audit-'));
  try {
    cpSync(values.root ?? 'content', copy, { recursive: true });
    const site = join(copy, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^demo: true$/m, 'demo: false'));
    const env = {
      ...process.env,
      CIRCLES_CONTENT_DIR: copy,
      CIRCLES_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    for (const args of [['scripts/validate.ts', '--root', copy], ['scripts/build.ts']]) {
      const run = await runMeasured(process.execPath, args, { env });
      if (run.code !== 0)
        throw new Error(`${args.join(' ')} failed:\n${run.lines.map((l) => l.text).join('\n')}`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** One page of each kind: the first entry and the first area handout in the built site. */
function pagesToAudit(): [string, string][] {
  const entries = JSON.parse(readFileSync(join(outDir, 'data/entries.json'), 'utf8')) as {
    url: string;
    kind: string;
  }[];
  const entry = entries.find((line) => line.kind === 'group') ?? entries[0];
  const print = readFileSync(join(outDir, 'print/index.html'), 'utf8');
  const handout = /href="(\/print\/areas\/[^/"]+\/)"/.exec(print)?.[1] ?? '/print/all/';
  return [
    ['home', '/'],
    ['list', '/groups/'],
    ['entry', entry?.url ?? '/'],
    ['finder', '/find/'],
    ['search', '/search/?q=grief'],
    ['map', '/map/'],
    ['handout', handout],
  ];
}

async function main() {
  await buildAsRealSite();
  const server = await serveStatic(outDir, { gzip: true });
  const runs = Number(values.runs);
  const rows: string[][] = [];
  try {
    for (const [kind, path] of pagesToAudit()) {
      const figures = await auditPage(`${server.url}${path}`, runs, [
        `${readConfigSettings(values.root ?? 'content').tileOrigin}/*`,
      ]);
      console.log(kind, path, figures);
      rows.push([
        kind,
        `\`${path}\``,
        String(figures.performance),
        String(figures.accessibility),
        String(figures.bestPractices),
        String(figures.seo),
        `${Math.round(figures.lcp)} ms`,
        `${Math.round(figures.tbt)} ms`,
        figures.cls.toFixed(3),
        kb(figures.transfer),
      ]);
    }
  } finally {
    await server.close();
  }
  const body = [
    `\`npm run audit\` (${values.root}, \`demo: false\`), Lighthouse mobile preset, median of ${runs} runs, ${new Date().toISOString().slice(0, 16)} UTC.`,
    '',
    table(
      [
        'page',
        'path',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'transfer',
      ],
      rows,
    ),
  ].join('\n');
  console.log(body);
  if (!values['no-write'])
    writeBenchmarkSection('BENCHMARKS.md', '## Lighthouse', `audit ${values.root}`, body);
}

await main();
