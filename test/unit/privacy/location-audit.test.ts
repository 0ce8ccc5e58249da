import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/en/ui.ts';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { buildFinderData } from '../../../src/lib/finder/build-finder-data.ts';
import { auditLocations, pointsIn } from '../../../src/lib/privacy/location-audit.ts';
import { groupsOfEveryLocationKind, sampleContent } from '../directory/sample-content.ts';

const directory = buildDirectory(
  sampleContent({
    groups: [...groupsOfEveryLocationKind()],
  }),
  '2026-11-26',
);
const VENUE = 'data-lat="41.9662" data-lng="-87.6541"';
const PILSEN = 'data-lat="41.8565" data-lng="-87.6597"';

describe('the location audit', () => {
  it('reads points from attributes, JSON and directions links', () => {
    expect(
      pointsIn(
        `<x ${VENUE}> {"lat":41.9,"lng":-87.6} href="https://osm.org/directions?route=%3B41.8%2C-87.7"`,
      ),
    ).toEqual([
      { latitude: 41.9662, longitude: -87.6541, at: 3 },
      expect.objectContaining({ latitude: 41.9, longitude: -87.6 }),
      expect.objectContaining({ latitude: 41.8, longitude: -87.7 }),
    ]);
  });

  it('passes outputs that give each entry only its public point', () => {
    const files = [
      {
        path: 'groups/venue/index.html',
        text: `<address>4544 N Broadway</address><circles-mini-map ${VENUE}>`,
      },
      { path: 'groups/private/index.html', text: `<circles-mini-map ${PILSEN}>` },
      { path: 'groups/secret/index.html', text: '<p>Ask the group.</p>' },
      {
        path: 'groups/index.html',
        text: `<li class="entry-card" ${VENUE}><a href="/groups/venue/">V</a></li><li class="entry-card" ${PILSEN}><a href="/groups/private/">P</a></li><li><a href="/groups/secret/">S</a></li>`,
      },
      { path: 'data/map.json', text: '[{"url":"/groups/private/","lat":41.8565,"lng":-87.6597}]' },
    ];
    expect(auditLocations(directory, files)).toEqual([]);
  });

  it('catches a point on the page of an entry whose location is given on request', () => {
    expect(
      auditLocations(directory, [{ path: 'groups/secret/index.html', text: `<circles-mini-map ${PILSEN}>` }]),
    ).toEqual([
      'groups/secret/index.html: its page gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
    ]);
  });

  it('holds every language’s copy of a page and its data to the same public view', () => {
    expect(
      auditLocations(directory, [
        { path: 'es/groups/secret/index.html', text: `<circles-mini-map ${PILSEN}>` },
        { path: 'es/data/map.json', text: '[{"url":"/es/groups/secret/","lat":41.8565,"lng":-87.6597}]' },
      ]),
    ).toEqual([
      'es/groups/secret/index.html: its page gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
      'es/data/map.json: data gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
    ]);
  });

  it('catches an area entry shown anywhere but its area centre, and a point nobody published', () => {
    const leaks = auditLocations(directory, [
      {
        path: 'groups/index.html',
        text: `<li data-lat="41.857" data-lng="-87.66"><a href="/groups/private/">P</a></li>`,
      },
    ]);
    expect(leaks).toEqual([
      'groups/index.html: the point 41.857,-87.66 is neither a public venue nor an area centre',
      'groups/index.html: a list card gives /groups/private/ the point 41.857,-87.66, not its public 41.8565,-87.6597',
    ]);
  });

  it('catches a data file or search fragment that attaches a point to a private entry', () => {
    const leaks = auditLocations(directory, [
      { path: 'data/map.json', text: '[{"url":"/groups/secret/","lat":41.8565,"lng":-87.6597}]' },
      {
        path: 'pagefind/fragment/en_1.pf_fragment',
        text: '{"url":"/groups/secret/","meta":{"geo":"41.9662,-87.6541","lat":41.9662,"lng":-87.6541}}',
      },
    ]);
    // The map point, the fragment's point, and the fragment's text holding a coordinate pair.
    expect(leaks).toHaveLength(3);
    expect(leaks.every((leak) => leak.includes('/groups/secret/ (on_request)'))).toBe(true);
  });

  it('catches a street address on the page of an area-only entry', () => {
    expect(
      auditLocations(directory, [
        { path: 'groups/private/index.html', text: '<address>1 Hidden St</address>' },
      ]),
    ).toEqual([
      'groups/private/index.html: the page of /groups/private/ (area) shows a street address',
      'groups/private/index.html: its page about /groups/private/ (area) shows a street address: "1 Hidden St"',
    ]);
  });

  it('catches a street, a coordinate pair or a map link in any text published about a private place', () => {
    const leaks = auditLocations(directory, [
      { path: 'groups/secret/index.html', text: '<p>Ring the bell at 1834 S Loomis St.</p>' },
      {
        path: 'groups/index.html',
        text: '<li class="entry-card"><a href="/groups/private/">P</a><p>Meet at 41.85651, -87.65970</p></li>',
      },
      {
        path: 'es/data/finder/cards-1.json',
        text: '[{"url":"/es/groups/secret/","notes":"https://maps.example.com/?q=41.8565,-87.6597"}]',
      },
      {
        path: 'pagefind/fragment/en_2.pf_fragment',
        text: '{"url":"/groups/private/","content":"Directions: 4544 N Broadway, upstairs","meta":{}}',
      },
    ]);
    expect(leaks).toEqual([
      'groups/secret/index.html: its page about /groups/secret/ (on_request) shows a street address: "1834 S Loomis St."',
      'groups/index.html: a list card about /groups/private/ (area) shows a coordinate pair: "41.85651, -87.65970"',
      'es/data/finder/cards-1.json: data about /groups/secret/ (on_request) shows a map link with a position: "https://maps.example.com/?q=41.8565"',
      'pagefind/fragment/en_2.pf_fragment: search about /groups/private/ (area) shows a street address: "4544 N Broadway"',
    ]);
  });

  it('lets a public venue’s page give its street, and reads no numbers in data as a coordinate pair', () => {
    expect(
      auditLocations(directory, [
        { path: 'groups/venue/index.html', text: '<address>4544 N Broadway St</address>' },
        { path: 'data/map.geo.json', text: '[{"url":"/groups/private/","coordinates":[-87.6597,41.8565]}]' },
      ]),
    ).toEqual([]);
  });
});

describe('the location audit of the finder’s index', () => {
  const data = buildFinderData(directory, { synonyms: [], ui, languageName: (tag) => tag });
  const files = (index: unknown) => [
    { path: 'es/data/finder/index.json', text: JSON.stringify(index) },
    { path: 'es/data/finder/names.json', text: JSON.stringify(data.names) },
  ];
  const at = (key: string) => data.names.names.findIndex(([name]) => name === key);

  it('passes the index as the build writes it', () => {
    expect(auditLocations(directory, files(data.index))).toEqual([]);
  });

  it('fails when the index gives a place on request a point, or an area-only place its venue', () => {
    const place = [...data.index.entries.place];
    place[at('group:secret')] = [1234, -567];
    place[at('group:private')] = [8, 4];
    const leaks = auditLocations(
      directory,
      files({ ...data.index, entries: { ...data.index.entries, place } }),
    );
    expect(leaks).toEqual([
      expect.stringMatching(
        /^es\/data\/finder\/index\.json: the finder gives \/groups\/private\/ the point .*, not its public 41\.8565,-87\.6597/,
      ),
      expect.stringMatching(
        /^es\/data\/finder\/index\.json: the finder gives \/groups\/secret\/ \(on_request\) the point .*; it must have none/,
      ),
    ]);
  });
});
