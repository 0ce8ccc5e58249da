/**
 * `npm run bench:open-data -- --site DIR`: the size of every open data export in a built site (files,
 * bytes, gzipped bytes), for BENCHMARKS.md. Reads the built files only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site ?? 'dist';

const GROUPS: [string, RegExp][] = [
  ['HSDS JSON: nested services (one file each)', /^hsds\/services\/.+\.json$/],
  ['HSDS JSON: nested organizations (one file each)', /^hsds\/organizations\/.+\.json$/],
  ['HSDS JSON: services.json (Page)', /^hsds\/services\.json$/],
  [
    'HSDS JSON: organizations, taxonomies, terms, index',
    /^hsds\/(organizations|taxonomies|taxonomy_terms|index)\.json$/,
  ],
  ['HSDS CSV: 21 tables + datapackage.json', /^hsds\/csv\//],
  ['HSDS CSV zip', /^hsds\/hsds-csv\.zip$/],
  ['Meeting Guide feed', /^meeting-guide\.json$/],
  ['Calendars: one per group, every language', /(^|\/)calendars\/groups\/.+\.ics$/],
  ['Calendars: one per topic, every language', /(^|\/)calendars\/topics\/.+\.ics$/],
  ['GeoJSON', /^places\.geojson$/],
  ['Sitemap', /^sitemap-.+\.xml$/],
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? files(join(dir, item.name)) : [join(dir, item.name)],
  );
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const all = files(site).map((file) => ({ path: relative(site, file).split(sep).join('/'), file }));

console.log('| export | files | size | gzipped |\n| --- | ---: | ---: | ---: |');
for (const [name, pattern] of GROUPS) {
  const matched = all.filter(({ path }) => pattern.test(path));
  let raw = 0;
  let gzip = 0;
  for (const { file } of matched) {
    const body = readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  console.log(`| ${name} | ${matched.length} | ${kib(raw)} | ${kib(gzip)} |`);
}
// JSON-LD lives inside entry pages: its share of them.
let ld = 0;
let pages = 0;
for (const { path, file } of all.filter(({ path }) =>
  /(^|\/)(groups|services)\/[^/]+\/index\.html$/.test(path),
)) {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readFileSync(file, 'utf8'));
  if (match?.[1] && path) {
    ld += Buffer.byteLength(match[1]);
    pages++;
  }
}
console.log(`| schema.org JSON-LD inside entry pages | ${pages} pages | ${kib(ld)} | — |`);
