import { describe, expect, it } from 'vitest';
import { finder as english } from '../../../src/i18n/en/finder.ts';
import { ui } from '../../../src/i18n/en/ui.ts';
import { finder as spanish } from '../../../src/i18n/es/finder.ts';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { buildFinderData, placeLines } from '../../../src/lib/finder/build-finder-data.ts';
import { cardTimeText } from '../../../src/lib/finder/card-time.ts';
import { AT_AREA_CENTRE, decodeRule, encodeRule, NO_PLACE } from '../../../src/lib/finder/finder-data.ts';
import { decodeIndex } from '../../../src/lib/finder/finder-entries.ts';
import { findPlace } from '../../../src/lib/finder/places.ts';
import { chosenCount, emptyQuery, readQuery, writeQuery } from '../../../src/lib/finder/query.ts';
import { timesOfDayOf, windowOf } from '../../../src/lib/finder/time-facts.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';
import { groupsOfEveryLocationKind, sampleContent } from '../directory/sample-content.ts';
import { rule } from '../schedule/helpers.ts';

const CHICAGO = 'America/Chicago';

describe('the finder’s data files', () => {
  const directory = buildDirectory(
    sampleContent({
      groups: groupsOfEveryLocationKind(),
      places: [
        PlaceSchema.parse({
          name: '60640',
          kind: 'postcode',
          centre: { latitude: 41.972, longitude: -87.662 },
        }),
      ],
    }),
    '2026-11-26',
  );
  const data = buildFinderData(directory, { synonyms: [], ui, languageName: (tag) => tag });

  it('store an area-only place as "at its area centre" and a place given on request as no place at all', () => {
    const byKey = new Map(
      data.names.names.map(([key], position) => [key, data.index.entries.place[position]]),
    );
    expect(byKey.get('group:private')).toBe(AT_AREA_CENTRE);
    expect(byKey.get('group:secret')).toBe(NO_PLACE);
    const decoded = decodeIndex(data.index);
    const venue = decoded[data.names.names.findIndex(([key]) => key === 'group:venue')];
    expect(venue?.point?.lat).toBeCloseTo(41.9662, 5);
    expect(venue?.point?.lng).toBeCloseTo(-87.6541, 5);
    const area = decoded[data.names.names.findIndex(([key]) => key === 'group:private')];
    expect(area?.point).toEqual({ lat: 41.8565, lng: -87.6597, approximate: true });
  });

  it('write a schedule rule as a short code that reads back as the same rule', () => {
    const rules = [
      rule({ byday: ['TU', 'TH'], opens_at: '18:30', closes_at: '20:00' }),
      rule({
        byday: 'WE',
        interval: 2,
        valid_from: '2026-01-07',
        valid_to: '2026-12-30',
        opens_at: '19:00',
        closes_at: '20:00',
        timezone: 'Europe/London',
      }),
      rule({ freq: 'monthly', byday: ['2TU', '-1FR'], opens_at: '10:00', closes_at: '11:00' }),
    ];
    for (const original of rules) expect(decodeRule(encodeRule(original))).toEqual(original);
    expect(
      encodeRule(rules[0] ?? rules[1] ?? rule({ byday: 'MO', opens_at: '1:00', closes_at: '2:00' })),
    ).toBe('W|1|TU,TH|18:30|20:00');
  });

  it('hold every open entry once, cards in chunks of the index’s size, and the areas and places to type', () => {
    expect(data.index.count).toBe(data.names.names.length);
    expect(data.chunks.flat().map((entry) => `${entry.kind}:${entry.id}`)).toEqual(
      data.names.names.map(([key]) => key),
    );
    expect(placeLines(directory).map((line) => line[0])).toEqual(['Pilsen', 'Uptown', '60640']);
  });
});

describe('a typed place', () => {
  const places = placeLines(
    buildDirectory(
      sampleContent({
        places: [
          PlaceSchema.parse({
            name: 'Wrigley Field',
            kind: 'landmark',
            centre: { latitude: 41.948, longitude: -87.655 },
            aliases: ['Wrigley'],
          }),
          PlaceSchema.parse({
            name: '60640',
            kind: 'postcode',
            centre: { latitude: 41.972, longitude: -87.662 },
          }),
          PlaceSchema.parse({
            name: '60647',
            kind: 'postcode',
            centre: { latitude: 41.921, longitude: -87.702 },
          }),
        ],
      }),
      '2026-11-26',
    ),
  );

  it('is found by its name or another name, in any case, with or without accents', () => {
    expect(findPlace('wrigley', places).match?.name).toBe('Wrigley Field');
    expect(findPlace('  UPTOWN ', places).match?.name).toBe('Uptown');
    expect(findPlace('60640', places).match).toMatchObject({ name: '60640', lat: 41.972 });
  });

  it('is found by the start of its name when only one place starts so, else offers the candidates', () => {
    expect(findPlace('pil', places).match?.name).toBe('Pilsen');
    expect(findPlace('606', places)).toEqual({
      suggestions: [expect.objectContaining({ name: '60640' }), expect.objectContaining({ name: '60647' })],
    });
    expect(findPlace('Springfield', places)).toEqual({ suggestions: [] });
  });
});

describe('the finder’s address', () => {
  it('keeps every choice, in a fixed order, and drops what it does not know', () => {
    const query = readQuery(
      '#topic=grief&when=tonight&day=WE&day=XX&time=evening&sort=nearest&near=60640&q=women&bbox=1,2,3,4&kind=<script>',
    );
    expect(query).toMatchObject({
      topic: ['grief'],
      when: 'tonight',
      day: ['WE'],
      time: ['evening'],
      near: '60640',
      q: 'women',
      kind: [],
    });
    expect(readQuery(`#${writeQuery(query)}`)).toEqual(query);
    expect(chosenCount(query)).toBe(5);
    expect(writeQuery(emptyQuery())).toBe('');
  });
});

describe('time of day and "tonight"', () => {
  it('puts a group at its start, and a service in every part of the day it is open', () => {
    expect(timesOfDayOf(16 * 60 + 30, 18 * 60, 'group')).toEqual(['afternoon']);
    expect(timesOfDayOf(9 * 60, 19 * 60, 'service')).toEqual(['morning', 'afternoon', 'evening']);
  });

  it('means this evening and night, and after midnight the night still going on', () => {
    const evening = windowOf('tonight', Date.parse('2026-12-02T10:00:00-06:00'), CHICAGO);
    expect(new Date(evening.startsFrom).toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(new Date(evening.startsBefore).toISOString()).toBe('2026-12-03T11:00:00.000Z');
    const lateNight = windowOf('tonight', Date.parse('2026-12-03T01:00:00-06:00'), CHICAGO);
    expect(lateNight.startsFrom).toBe(evening.startsFrom);
  });
});

describe('the time line of a card', () => {
  const now = Date.parse('2026-12-02T18:00:00-06:00');
  const meeting = (start: string, end: string) => ({ start: Date.parse(start), end: Date.parse(end) });
  const group = { kind: 'group' as const, paused: false, always: false };
  const service = { kind: 'service' as const, paused: false, always: false };
  const say = (
    entry: typeof group | typeof service,
    m?: ReturnType<typeof meeting>,
    strings = english,
    lang = 'en',
  ) => cardTimeText(entry, m, now, CHICAGO, lang, strings.card)?.text;

  it('says a group is meeting now until its end, or when it next meets', () => {
    expect(say(group, meeting('2026-12-02T17:30:00-06:00', '2026-12-02T19:00:00-06:00'))).toBe(
      'Meeting now, until 7:00 pm',
    );
    expect(say(group, meeting('2026-12-02T19:30:00-06:00', '2026-12-02T21:00:00-06:00'))).toBe(
      'Next: today at 7:30 pm',
    );
    expect(say(group, meeting('2026-12-03T09:00:00-06:00', '2026-12-03T10:00:00-06:00'))).toBe(
      'Next: tomorrow at 9:00 am',
    );
    expect(say(group, meeting('2026-12-08T18:30:00-06:00', '2026-12-08T20:00:00-06:00'))).toBe(
      'Next: Tuesday, December 8 at 6:30 pm',
    );
    expect(say(group, meeting('2026-12-08T18:30:00-06:00', '2026-12-08T20:00:00-06:00'), spanish, 'es')).toBe(
      'Próxima: martes, 8 de diciembre a las 18:30',
    );
  });

  it('speaks of a service as open, opening, open 24 hours or by appointment', () => {
    expect(say(service, meeting('2026-12-02T09:00:00-06:00', '2026-12-02T19:00:00-06:00'))).toBe(
      'Open now, until 7:00 pm',
    );
    expect(say(service, meeting('2026-12-03T09:00:00-06:00', '2026-12-03T17:00:00-06:00'))).toBe(
      'Opens tomorrow at 9:00 am',
    );
    expect(say({ ...service, always: true })).toBe('Open 24 hours');
    expect(say(service)).toBe('By appointment');
    expect(
      say({ ...group, paused: true }, meeting('2026-12-02T19:30:00-06:00', '2026-12-02T21:00:00-06:00')),
    ).toBeUndefined();
  });
});
