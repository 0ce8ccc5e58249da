import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FinderIndex, NameLine } from '../../src/lib/finder/finder-data.ts';
import {
  type EntryManifestLine,
  findCoverageGaps,
  readFinderCoverage,
} from '../../src/lib/output-coverage.ts';
import { pageUrl, paths } from '../../src/lib/paths.ts';
import { SCALE_CONTENT, SCALE_ENTRIES, SCALE_OUT } from '../support/scale-site.ts';

// What went in, read from the synthesized files themselves: the build's own manifest is checked against it.
interface Written {
  kind: 'group' | 'service';
  id: string;
  url: string;
  data: {
    location?: { kind: string };
    online?: { url: string };
    meetings?: { freq?: string; interval?: number }[];
  };
}
const written: Written[] = (['group', 'service'] as const).flatMap((kind) =>
  readdirSync(join(SCALE_CONTENT, `${kind}s`)).map((file) => {
    const id = file.replace(/\.yaml$/, '');
    const data = parse(readFileSync(join(SCALE_CONTENT, `${kind}s`, file), 'utf8'));
    return { kind, id, url: kind === 'group' ? paths.group(id) : paths.service(id), data };
  }),
);
const urls = (entries: readonly { url: string }[]) => entries.map((entry) => entry.url).sort();
const read = (urlPath: string) => {
  const file = join(SCALE_OUT, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const readJson = <T>(urlPath: string): T => JSON.parse(read(urlPath) ?? 'null') as T;
const filesIn = (folder: string) => readdirSync(join(SCALE_OUT, folder));

describe(`a directory of ${SCALE_ENTRIES.toLocaleString('en')} entries, built`, () => {
  it('has a page for every entry, and its manifest lists exactly the entries written', () => {
    expect(written).toHaveLength(SCALE_ENTRIES);
    const manifest = readJson<EntryManifestLine[]>(paths.entriesData());
    expect(urls(manifest)).toEqual(urls(written));
    expect(written.filter((entry) => read(entry.url) === undefined)).toEqual([]);
  });

  it('has its finder on a list’s first page only: the later pages link back to it', () => {
    const first = read(paths.groups()) ?? '';
    const later = read(pageUrl(paths.groups(), 2)) ?? '';
    expect(first).toContain('<circles-finder');
    expect(later).toContain('class="entry-card"');
    expect(later).not.toContain('<circles-finder');
    expect(later).toContain(`<a href="${paths.groups()}" data-whole-list>`);
  });

  it('lists every entry on its kind’s, topics’, area’s and weekdays’ lists and its handouts', () => {
    const manifest = readJson<EntryManifestLine[]>(paths.entriesData());
    expect(findCoverageGaps(manifest, read)).toEqual([]);
    // Counted independently too: the pages of /groups/ link each group once.
    const listed = new Set<string>();
    for (let page = 1; read(pageUrl(paths.groups(), page)); page++)
      for (const [, href] of (read(pageUrl(paths.groups(), page)) ?? '').matchAll(
        /href="(\/groups\/[^"/]+\/)"/g,
      ))
        if (href && !/^\/groups\/\d+\/$/.test(href)) listed.add(href);
    expect([...listed].sort()).toEqual(urls(written.filter((entry) => entry.kind === 'group')));
  });

  it('puts every entry with a public place on the map, and none that keeps its place private or is online', () => {
    const { finder, gaps } = readFinderCoverage(
      readJson<FinderIndex>(paths.finderIndex()),
      readJson<{ names: NameLine[] }>(paths.finderNames()),
      (chunk) => read(paths.finderCards(chunk)),
    );
    expect(gaps).toEqual([]);
    expect(finder.size).toBe(SCALE_ENTRIES);
    const isPublic = (entry: Written) => ['address', 'area'].includes(entry.data.location?.kind ?? '');
    const placed = [...finder].filter(([, entry]) => entry.placed).map(([key]) => key);
    expect(placed.sort()).toEqual(
      written
        .filter(isPublic)
        .map((entry) => `${entry.kind}:${entry.id}`)
        .sort(),
    );
  });

  it('has a search record for every entry page', () => {
    const records = filesIn('pagefind/fragment').map((file) => {
      const text = gunzipSync(readFileSync(join(SCALE_OUT, 'pagefind/fragment', file))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    });
    const entryRecords = records.filter((url) => /^\/(groups|services)\//.test(url));
    expect(entryRecords.sort()).toEqual(urls(written));
  });

  it('exports every entry: an HSDS service each, a calendar per group, and every weekly group’s meetings', () => {
    const services = filesIn('hsds/services').map((file) =>
      readJson<{ circles_kind: string; circles_id: string }>(`/hsds/services/${file}`),
    );
    expect(services.map((service) => `${service.circles_kind}:${service.circles_id}`).sort()).toEqual(
      written.map((entry) => `${entry.kind}:${entry.id}`).sort(),
    );
    const groups = written.filter((entry) => entry.kind === 'group');
    expect(filesIn('calendars/groups').sort()).toEqual(groups.map((group) => `${group.id}.ics`).sort());
    // The feed is weekly only: fortnightly and monthly groups are left out, never turned into weekly
    // ones, and so are groups with neither a street address nor a way to join online (an area, a place
    // given on request), which a feed reader could not go to.
    const reachable = (group: Written) => group.data.location?.kind === 'address' || group.data.online;
    const isWeekly = (rule: { freq?: string; interval?: number }) =>
      (rule.freq ?? 'weekly') === 'weekly' && (rule.interval ?? 1) === 1;
    const weekly = groups.filter((group) => reachable(group) && (group.data.meetings ?? []).some(isWeekly));
    const feed = readJson<{ url: string }[]>('/meeting-guide.json');
    expect([...new Set(feed.map((meeting) => new URL(meeting.url).pathname))].sort()).toEqual(urls(weekly));
  });
});
