import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/vocabularies.ts';

/**
 * The finder's data files, shared by the build that writes them and the browser that reads them.
 *
 * - `index.json`: what the finder filters, counts and sorts by, for every open entry, in columns of small
 *   numbers and short codes, with no text but the vocabularies' labels. This is all a first query needs,
 *   so it is kept small: about 8 bytes gzipped per entry.
 * - `cards/<n>/`: the entries' cards as HTML, `CARDS_PER_CHUNK` to a file in index order; the finder
 *   fetches only the chunks of the cards it shows.
 * - `names.json`: each entry's key and name, and extra words it is found by: fetched when someone types.
 * - `places.json`: the gazetteer of areas and places a visitor can type to sort by distance.
 *
 * Points: an address is stored in 1/100,000 degree steps from the map's centre (about a metre); an area
 * location is stored as "at its area's centre" and nothing else, so no file can carry more than the
 * public view has.
 */

export const FINDER_DATA_VERSION = 1;
export const CARDS_PER_CHUNK = 16;
export const POINT_SCALE = 100_000;

/** A value with its label in the page's language: [id, label]. */
export type Labelled = [id: string, label: string];

/** An area: [id, label, latitude, longitude] of its centre. */
export type AreaVocabulary = [id: string, label: string, latitude: number, longitude: number];

/** What an entry's location is, for the finder: an exact point, its area's centre, or no place at all. */
export type PlaceCode = [dLatitude: number, dLongitude: number] | typeof AT_AREA_CENTRE | typeof NO_PLACE;
export const AT_AREA_CENTRE = 1;
export const NO_PLACE = 0;

/** How an entry is attended: in person, online (or by phone), or both. */
export type AttendanceCode = 'i' | 'o' | 'h';

/** `index.json`. Every array in `entries` has one item per entry, in the same order. */
export interface FinderIndex {
  version: typeof FINDER_DATA_VERSION;
  lang: string;
  timezone: string;
  /** The map's centre, which points are stored relative to. */
  centre: [latitude: number, longitude: number];
  count: number;
  chunkSize: number;
  vocabulary: {
    topic: Labelled[];
    area: AreaVocabulary[];
    language: Labelled[];
    audience: Labelled[];
    access: Labelled[];
    category: Labelled[];
    cost: Labelled[];
  };
  entries: {
    /** `g` group or `s` service, one letter per entry. */
    kind: string;
    /** `a` active or `p` paused (closed entries are not in the finder). */
    status: string;
    /** `f` free, `d` donation, `$` fee. */
    cost: string;
    attendance: string;
    /** Indexes into `vocabulary.area`, or -1. */
    area: number[];
    topic: number[][];
    language: number[][];
    audience: number[][];
    category: number[][];
    /** A bit per `vocabulary.access` feature. */
    access: number[];
    place: PlaceCode[];
    /** Schedule rules (`encodeRule`), `*` for open 24/7, none for "by appointment". */
    schedule: string[][];
  };
}

/** One line of `names.json` per entry, in index order: [key such as "group:x", name, extra words]. */
export type NameLine = [key: string, name: string, words?: string];

/** `/data/finder/names.json`: every entry's name line, and each topic's search words by vocabulary index. */
export interface NamesFile {
  names: NameLine[];
  topics: string[][];
}

/** `places.json`: [name, latitude, longitude, kind, other names] — areas first, then content/places.yaml. */
export type PlaceLine = [name: string, latitude: number, longitude: number, kind: string, aliases?: string[]];

export const ALWAYS_OPEN = '*';

const FIELD = '|';

/**
 * A schedule rule as a short code: `W|1|TU,TH|18:30|20:00` — frequency, interval, days, times, then the
 * optional first date, last date and time zone. Notes are left out: cards show them in words.
 */
export function encodeRule(rule: ScheduleRule): string {
  const days = rule.byday.map((day) => `${day.ordinal ?? ''}${day.weekday}`).join(',');
  const fields = [
    rule.freq === 'monthly' ? 'M' : 'W',
    String(rule.interval),
    days,
    rule.opens_at,
    rule.closes_at,
    rule.valid_from ?? '',
    rule.valid_to ?? '',
    rule.timezone ?? '',
  ];
  while (fields.at(-1) === '') fields.pop();
  return fields.join(FIELD);
}

const DAY = /^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** The rule a code stands for (`encodeRule` in reverse). */
export function decodeRule(code: string): ScheduleRule {
  const [freq, interval, days = '', opens = '', closes = '', from, to, zone] = code.split(FIELD);
  const byday = days.split(',').map((text) => {
    const match = DAY.exec(text);
    if (!match) throw new RangeError(`"${text}" in "${code}" is not a day`);
    return { ordinal: match[1] ? Number(match[1]) : null, weekday: match[2] as Weekday };
  });
  return {
    freq: freq === 'M' ? 'monthly' : 'weekly',
    interval: Number(interval),
    byday,
    opens_at: opens,
    closes_at: closes,
    ...(from ? { valid_from: from } : {}),
    ...(to ? { valid_to: to } : {}),
    ...(zone ? { timezone: zone } : {}),
  };
}
