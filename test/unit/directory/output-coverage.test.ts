import { describe, expect, it } from 'vitest';
import type { FinderIndex } from '../../../src/lib/finder/finder-data.ts';
import {
  type EntryManifestLine,
  findCoverageGaps,
  findFinderGaps,
  readFinderCoverage,
} from '../../../src/lib/output-coverage.ts';

const entry: EntryManifestLine = {
  kind: 'group',
  id: 'circle',
  url: '/groups/circle/',
  topics: ['grief'],
  area: 'uptown',
  weekdays: ['TU'],
};

const site = (pages: Record<string, string>) => (path: string) => pages[path];
const link = '<a href="/groups/circle/">Circle</a>';
const printed = {
  '/print/all/': link,
  '/print/groups/': link,
  '/print/topics/grief/': link,
  '/print/areas/uptown/': link,
  '/print/areas/uptown/groups/': link,
};

describe('the build’s coverage check', () => {
  it('passes when the entry has its page and is in every list', () => {
    const read = site({
      '/groups/circle/': '<h1>Circle</h1>',
      '/groups/': '<p>first page</p>',
      '/groups/2/': link,
      '/topics/grief/': link,
      '/areas/uptown/': link,
      '/days/tuesday/': link,
      ...printed,
    });
    expect(findCoverageGaps([entry], read)).toEqual([]);
  });

  it('names each page and list an entry is missing from', () => {
    const read = site({
      '/groups/': link,
      '/topics/grief/': '<p>empty</p>',
      '/days/tuesday/': link,
      ...printed,
    });
    expect(findCoverageGaps([entry], read)).toEqual([
      'group circle: its page /groups/circle/ was not built',
      'group circle: missing from the list /topics/grief/',
      'group circle: the list /areas/uptown/ was not built',
    ]);
  });

  it('requires an open entry on every printed handout it belongs to, but leaves a closed one off paper', () => {
    const pages = {
      '/groups/circle/': '<h1>Circle</h1>',
      '/groups/': link,
      '/topics/grief/': link,
      '/areas/uptown/': link,
      '/days/tuesday/': link,
      ...printed,
      '/print/areas/uptown/': '<p>empty</p>',
    };
    expect(findCoverageGaps([entry], site(pages))).toEqual([
      'group circle: missing from the list /print/areas/uptown/',
    ]);
    expect(findCoverageGaps([{ ...entry, status: 'closed' }], site(pages))).toEqual([]);
  });

  it('follows a handout printed in parts, and lets a directory split by area and topic point elsewhere', () => {
    const pages = {
      '/groups/circle/': '<h1>Circle</h1>',
      '/groups/': link,
      '/topics/grief/': link,
      '/areas/uptown/': link,
      '/days/tuesday/': link,
      ...printed,
      '/print/all/': '<section data-handout-split><a href="/print/areas/uptown/">Uptown</a></section>',
      '/print/groups/': '<section data-handout-split></section>',
      '/print/topics/grief/': '<p>part 1</p>',
      '/print/topics/grief/2/': link,
    };
    expect(findCoverageGaps([entry], site(pages))).toEqual([]);
    // With no area and no topic, no narrower handout holds it: the split page itself must.
    const online = { ...entry, area: null, topics: [] };
    expect(findCoverageGaps([online], site(pages))).toEqual([
      'group circle: missing from the list /print/all/',
      'group circle: missing from the list /print/groups/',
    ]);
  });
});

describe('the build’s check of the finder', () => {
  const index = (places: FinderIndex['entries']['place']) =>
    ({ count: places.length, chunkSize: 2, entries: { place: places } }) as unknown as FinderIndex;
  const names = {
    names: [
      ['group:circle', 'Circle'],
      ['service:clinic', 'Clinic'],
      ['group:online', 'Online'],
    ] as [string, string][],
  };
  const cards = (keys: string[]) => keys.map((key) => `<li class="entry-card" data-entry="${key}">`).join('');

  it('passes when the index, the names and the cards files hold the same entries in the same order', () => {
    const { finder, gaps } = readFinderCoverage(index([[1, 2], 1, 0]), names, (chunk) =>
      chunk === 0 ? cards(['group:circle', 'service:clinic']) : cards(['group:online']),
    );
    expect(gaps).toEqual([]);
    expect(finder.get('service:clinic')).toEqual({ placed: true });
    expect(finder.get('group:online')).toEqual({ placed: false });
  });

  it('names a cards file that lost or reordered an entry', () => {
    const { gaps } = readFinderCoverage(index([[1, 2], 1, 0]), names, (chunk) =>
      chunk === 0 ? cards(['service:clinic', 'group:circle']) : undefined,
    );
    expect(gaps).toEqual([
      "the finder's cards file 0 holds service:clinic, group:circle, not group:circle, service:clinic",
      "the finder's cards file 1 holds nothing, not group:online",
    ]);
  });

  it('finds an open entry missing from the finder, a place missing from its map, and a closed entry in it', () => {
    const finder = new Map([
      ['group:circle', { placed: false }],
      ['group:shut', { placed: false }],
    ]);
    const lines: EntryManifestLine[] = [
      { ...entry, place: 'address' },
      { ...entry, id: 'gone', place: null },
      { ...entry, id: 'shut', status: 'closed', place: null },
    ];
    expect(findFinderGaps(lines, finder)).toEqual([
      'group circle: missing from the map',
      'group gone: missing from the finder',
      'group shut: is closed but in the finder',
    ]);
  });
});
