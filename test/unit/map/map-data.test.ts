import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { directionsLink } from '../../../src/lib/map/directions.ts';
import { toMapData } from '../../../src/lib/map/map-data.ts';
import { matchesFilters, readFilters, writeFilters } from '../../../src/lib/map/map-filters.ts';
import { group, groupsOfEveryLocationKind, sampleContent, service } from '../directory/sample-content.ts';

const TODAY = '2026-11-26';

const directory = buildDirectory(
  sampleContent({
    groups: [
      ...groupsOfEveryLocationKind(),
      group('online', {
        attendance: 'online',
        location: { kind: 'area', area: 'uptown' },
        online: { url: 'https://meet.example.org/x' },
      }),
      group('gone', { status: 'closed', alert: 'Closed in March 2026.' }),
    ],
    services: [service('clinic')],
  }),
  TODAY,
);
// Closed entries are left off the map and not counted as "elsewhere" either.
const data = toMapData([...directory.groups, ...directory.services], 'America/Chicago', 'en');
const byId = new Map(data.entries.map((entry) => [entry.id, entry]));

describe('the map data', () => {
  it('holds public addresses and area-only places, and nothing without a public place', () => {
    const clinic = directory.services[0];
    const expected = ['private', 'venue', ...(clinic?.location.kind === 'address' ? ['clinic'] : [])];
    expect([...byId.keys()].sort()).toEqual(expected.sort());
    // The sample service has no location, so it counts as online-only too.
    expect(data.elsewhere).toEqual({ online: clinic?.location.kind === 'online' ? 2 : 1, onRequest: 1 });
  });

  it('puts an area-only group at the area centre, flagged approximate, with no street', () => {
    expect(byId.get('private')).toMatchObject({
      lat: 41.8565,
      lng: -87.6597,
      approximate: true,
      area: 'Pilsen',
    });
    expect(JSON.stringify(byId.get('private'))).not.toMatch(/Broadway|street|address/i);
  });

  it('gives an address its exact point, the schedule in words and what the filters need', () => {
    expect(byId.get('venue')).toMatchObject({
      kind: 'group',
      url: '/groups/venue/',
      lat: 41.9662,
      lng: -87.6541,
      approximate: false,
      attendance: 'in_person',
    });
    expect(byId.get('venue')?.when).toMatch(/\d:\d\d/);
    expect(byId.get('venue')?.weekdays.length).toBeGreaterThan(0);
  });

  it('contains no coordinates at all for on-request or online entries', () => {
    const json = JSON.stringify(data);
    for (const id of ['secret', 'online']) expect(json).not.toContain(`"id":"${id}"`);
  });
});

describe('map filters in the URL', () => {
  it('round-trips through the query string and ignores values it does not know', () => {
    const filters = readFilters(
      new URLSearchParams('topic=hiv&kind=group&day=tuesday&language=es&attendance=hybrid'),
    );
    expect(filters).toEqual({ topic: 'hiv', kind: 'group', day: 'TU', language: 'es', attendance: 'hybrid' });
    expect(writeFilters(filters).toString()).toBe(
      'topic=hiv&kind=group&day=tuesday&language=es&attendance=hybrid',
    );
    expect(readFilters(new URLSearchParams('kind=planet&day=someday'))).toEqual({});
  });

  it('keeps a place only when it passes every filter', () => {
    const venue = byId.get('venue');
    if (!venue) throw new Error('venue missing');
    expect(matchesFilters(venue, {})).toBe(true);
    expect(matchesFilters(venue, { kind: 'service' })).toBe(false);
    expect(matchesFilters(venue, { day: venue.weekdays[0] ?? 'MO', kind: 'group' })).toBe(true);
    expect(matchesFilters(venue, { language: 'xx' })).toBe(false);
  });
});

describe('directions links', () => {
  it('route to an exact address, but only search for an area-only place', () => {
    const venue = directory.groups.find((g) => g.id === 'venue');
    expect(directionsLink(venue?.location ?? { kind: 'online' }, 'Chicago')).toEqual({
      href: 'https://www.openstreetmap.org/directions?route=%3B41.9662%2C-87.6541',
      precision: 'exact',
    });
    const area = directory.groups.find((g) => g.id === 'private');
    expect(directionsLink(area?.location ?? { kind: 'online' }, 'Chicago')).toEqual({
      href: 'https://www.openstreetmap.org/search?query=Pilsen%2C%20Chicago',
      precision: 'area',
    });
    expect(directionsLink({ kind: 'on_request' }, 'Chicago')).toBeUndefined();
  });
});
