import type { Weekday } from '../../schemas/vocabularies.ts';
import { dayslugs } from '../paths.ts';
import type { MapEntry } from './map-data.ts';

/** What the map's filters ask for; an absent field means "any". */
export interface MapFilters {
  topic?: string;
  kind?: MapEntry['kind'];
  day?: Weekday;
  language?: string;
  attendance?: MapEntry['attendance'];
}

const weekdayBySlug = new Map(Object.entries(dayslugs).map(([code, slug]) => [slug, code as Weekday]));

/**
 * Filters from a page's query string (?topic=hiv&kind=group&day=tuesday&language=es&attendance=hybrid),
 * so a filtered map can be shared or bookmarked. Unknown values are ignored rather than matching nothing.
 */
export function readFilters(query: URLSearchParams): MapFilters {
  const filters: MapFilters = {};
  const topic = query.get('topic');
  if (topic) filters.topic = topic;
  const kind = query.get('kind');
  if (kind === 'group' || kind === 'service') filters.kind = kind;
  const day = weekdayBySlug.get(query.get('day') ?? '');
  if (day) filters.day = day;
  const language = query.get('language');
  if (language) filters.language = language;
  const attendance = query.get('attendance');
  if (attendance === 'in_person' || attendance === 'hybrid') filters.attendance = attendance;
  return filters;
}

/** The query string for a set of filters, in a fixed order so equal filters give equal URLs. */
export function writeFilters(filters: MapFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.topic) query.set('topic', filters.topic);
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.day) query.set('day', dayslugs[filters.day]);
  if (filters.language) query.set('language', filters.language);
  if (filters.attendance) query.set('attendance', filters.attendance);
  return query;
}

/** Whether a place passes every filter. */
export function matchesFilters(entry: MapEntry, filters: MapFilters): boolean {
  return (
    (!filters.topic || entry.topics.includes(filters.topic)) &&
    (!filters.kind || entry.kind === filters.kind) &&
    (!filters.day || entry.weekdays.includes(filters.day)) &&
    (!filters.language || entry.languages.includes(filters.language)) &&
    (!filters.attendance || entry.attendance === filters.attendance)
  );
}
