import { describe, expect, it } from 'vitest';
import { type EntryManifestLine, findCoverageGaps } from '../../../src/lib/output-coverage.ts';

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
});
