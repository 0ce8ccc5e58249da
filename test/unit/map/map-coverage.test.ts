import { describe, expect, it } from 'vitest';
import { type EntryManifestLine, findMapGaps } from '../../../src/lib/output-coverage.ts';

const line = (
  id: string,
  place: 'address' | 'area' | null,
  status: EntryManifestLine['status'] = 'active',
): EntryManifestLine => ({
  kind: 'group',
  id,
  url: `/groups/${id}/`,
  topics: [],
  area: null,
  weekdays: [],
  status,
  place,
});

describe('the build’s map coverage check', () => {
  it('passes when every open entry with a public place is on the map and nothing else is', () => {
    const entries = [
      line('venue', 'address'),
      line('private', 'area'),
      line('secret', null),
      line('gone', 'address', 'closed'),
    ];
    expect(findMapGaps(entries, new Set(['group:venue', 'group:private']))).toEqual([]);
  });

  it('names an entry missing from the map, and one on it that has no public place', () => {
    const entries = [line('venue', 'address'), line('secret', null)];
    expect(findMapGaps(entries, new Set(['group:secret']))).toEqual([
      'group venue: missing from the map data',
      'group secret: is on the map but has no public place',
    ]);
  });
});
