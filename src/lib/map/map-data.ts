import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';
import { scheduleLines } from '../describe.ts';
import type { PublicEntry } from '../directory/types.ts';
import { weekdaysOf } from '../schedule/weekdays.ts';

/** One place on the map: only what the map, its filters, its list and "near me" need. */
export interface MapEntry {
  id: string;
  kind: 'group' | 'service';
  name: string;
  url: string;
  lat: number;
  lng: number;
  /** True for `area` locations: the point is the area's centre, not the venue. */
  approximate: boolean;
  /** The area's name, shown beside approximate places and in the list. */
  area: string;
  topics: string[];
  /** Days it meets or opens; every day for services open 24/7, none for "by appointment". */
  weekdays: Weekday[];
  languages: string[];
  /** Services are visited in person, so they count as in person for the attendance filter. */
  attendance: 'in_person' | 'hybrid';
  /** The schedule in words, one line per rule joined. */
  when: string;
  status: 'active' | 'paused';
}

/** `/data/map.json`: the places, and how many entries are listed elsewhere because they have none. */
export interface MapData {
  entries: MapEntry[];
  /** Entries left off the map: online-only ones, and ones whose location is given on request. */
  elsewhere: { online: number; onRequest: number };
}

function openDays(entry: PublicEntry): Weekday[] {
  if (entry.kind === 'group') return entry.weekdays;
  if (entry.hours.kind === 'always') return [...weekdayCodes];
  if (entry.hours.kind === 'appointment') return [];
  return weekdaysOf(entry.hours.rules);
}

/**
 * Projects one public entry onto the map, or `undefined` when it has no public place. Only `address` and
 * `area` locations carry a point (the public view already reduced `area` to the area's centre), and a
 * closed entry is left off: the map is for finding somewhere to go, and the lists still show it closed.
 */
export function toMapEntry(entry: PublicEntry, siteTimezone: string, lang: string): MapEntry | undefined {
  const location = entry.location;
  if (location.kind !== 'address' && location.kind !== 'area') return undefined;
  if (entry.status === 'closed') return undefined;
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    url: entry.url,
    lat: location.point.latitude,
    lng: location.point.longitude,
    approximate: location.approximate,
    area: location.area.label,
    topics: entry.topics.map((topic) => topic.id),
    weekdays: openDays(entry),
    languages: entry.languages,
    attendance: entry.kind === 'group' && entry.attendance === 'hybrid' ? 'hybrid' : 'in_person',
    when: scheduleLines(entry, siteTimezone, lang).join('; '),
    status: entry.status,
  };
}

/** The whole map data file, from the public view of every entry. */
export function toMapData(entries: readonly PublicEntry[], siteTimezone: string, lang: string): MapData {
  const mapped: MapEntry[] = [];
  const elsewhere = { online: 0, onRequest: 0 };
  for (const entry of entries) {
    const place = toMapEntry(entry, siteTimezone, lang);
    if (place) mapped.push(place);
    else if (entry.status === 'closed') continue;
    else if (entry.location.kind === 'on_request') elsewhere.onRequest++;
    else if (entry.location.kind === 'online') elsewhere.online++;
  }
  return { entries: mapped, elsewhere };
}
