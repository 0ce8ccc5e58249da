/**
 * `npm run bench:import -- --root DIR`: how long importing a large directory takes. Exports the folder's
 * public view as a Meeting Guide feed, HSDS JSON and HSDS CSV (with the exports' own code), imports each
 * into an empty folder as `npm run import` does (read, plan, validate a staged copy, write), and prints a
 * table for BENCHMARKS.md. Make a large folder with `node scripts/synthesize.ts --count 2000`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDirectory } from '../src/lib/directory/build-directory.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import { readerFor } from '../src/lib/import/readers.ts';
import { type ImportFormat, runImport } from '../src/lib/import/run-import.ts';
import { hsdsDataset } from '../src/lib/open-data/hsds/dataset.ts';
import { tabularFiles } from '../src/lib/open-data/hsds/tabular-files.ts';
import { meetingGuideFeed } from '../src/lib/open-data/meeting-guide.ts';
import { referenceDate } from '../src/lib/staleness.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'content' } } });
const root = values.root ?? 'content';
const today = referenceDate();
const directory = buildDirectory(await readContentFolder(root), today);
const work = await mkdtemp(path.join(tmpdir(), 'circles-bench-import-'));

const feed = meetingGuideFeed(directory, today).meetings;
const services = hsdsDataset(directory).services;
await writeFile(path.join(work, 'feed.json'), JSON.stringify(feed));
await writeFile(path.join(work, 'services.json'), JSON.stringify(services));
await mkdir(path.join(work, 'csv'));
for (const file of tabularFiles(directory)) await writeFile(path.join(work, 'csv', file.path), file.text);

const runs: [string, ImportFormat, string, number][] = [
  ['Meeting Guide feed', 'meeting-guide', 'feed.json', feed.length],
  ['HSDS JSON', 'hsds', 'services.json', services.length],
  ['HSDS CSV folder', 'hsds', 'csv', services.length],
];
console.log(
  `Importing the public view of ${root} (${directory.groups.length} groups, ${directory.services.length} services)\n`,
);
console.log('| input | records | files written | not written | time |\n| --- | ---: | ---: | ---: | ---: |');
try {
  for (const [name, format, input, records] of runs) {
    const out = path.join(work, `out-${format}-${input}`);
    const start = performance.now();
    const { plan } = await runImport({
      format,
      input: path.join(work, input),
      root,
      out,
      update: false,
      dryRun: false,
      today,
      topic: 'recovery',
      category: 'case-management',
      read: readerFor(format),
    });
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`| ${name} | ${records} | ${plan.files.length} | ${plan.rejected.length} | ${seconds} s |`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
