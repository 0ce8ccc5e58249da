import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';
import { type TimeOfDay, timesOfDay, type WhenWindow, whenWindows } from './time-facts.ts';

/**
 * What a visitor asked the finder for. It lives in the address's fragment (`/find/#topic=grief&when=tonight`),
 * which browsers never send to any server, so a search or a typed place stays on the device and a result
 * can still be bookmarked or shared.
 */
export interface FinderQuery {
  /** Words typed in the search box. */
  q: string;
  kind: string[];
  category: string[];
  topic: string[];
  area: string[];
  language: string[];
  audience: string[];
  cost: string[];
  access: string[];
  attendance: string[];
  day: Weekday[];
  time: TimeOfDay[];
  when: WhenWindow | undefined;
  /** A place typed into "near" (its name, as in the gazetteer). A shared position is never in the address. */
  near: string;
  sort: 'soonest' | 'nearest' | 'name' | undefined;
  view: 'list' | 'map' | undefined;
  /** "Search this area": west, south, east, north. */
  bbox: [number, number, number, number] | undefined;
}

/** The filters that are lists of values, in the order the address writes them. */
export const listFacets = [
  'kind',
  'category',
  'topic',
  'area',
  'language',
  'audience',
  'cost',
  'access',
  'attendance',
  'day',
  'time',
] as const;
/** The list filters whose values are ids (day and time have their own fixed codes). */
export const valueFacets = listFacets.filter(
  (facet): facet is Exclude<(typeof listFacets)[number], 'day' | 'time'> =>
    facet !== 'day' && facet !== 'time',
);
export type ListFacet = (typeof listFacets)[number];

export function emptyQuery(): FinderQuery {
  return {
    q: '',
    kind: [],
    category: [],
    topic: [],
    area: [],
    language: [],
    audience: [],
    cost: [],
    access: [],
    attendance: [],
    day: [],
    time: [],
    when: undefined,
    near: '',
    sort: undefined,
    view: undefined,
    bbox: undefined,
  };
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** A query from an address's fragment or search string; values it does not know are dropped. */
export function readQuery(text: string): FinderQuery {
  const params = new URLSearchParams(text.replace(/^[#?]/, ''));
  const query = emptyQuery();
  query.q = (params.get('q') ?? '').slice(0, 200);
  for (const facet of valueFacets)
    query[facet] = [...new Set(params.getAll(facet).filter((value) => /^[\w-]{1,40}$/.test(value)))];
  query.day = weekdayCodes.filter((day) => params.getAll('day').includes(day));
  query.time = timesOfDay.filter((time) => params.getAll('time').includes(time));
  query.when = oneOf(whenWindows, params.get('when'));
  query.near = (params.get('near') ?? '').slice(0, 80);
  query.sort = oneOf(['soonest', 'nearest', 'name'] as const, params.get('sort'));
  query.view = oneOf(['list', 'map'] as const, params.get('view'));
  const box = (params.get('bbox') ?? '').split(',').map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) query.bbox = box as FinderQuery['bbox'];
  return query;
}

/** The fragment for a query, in a fixed order so the same search always has the same address. */
export function writeQuery(query: FinderQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const facet of listFacets) for (const value of query[facet]) params.append(facet, value);
  if (query.when) params.set('when', query.when);
  if (query.near) params.set('near', query.near);
  if (query.sort) params.set('sort', query.sort);
  if (query.view) params.set('view', query.view);
  if (query.bbox) params.set('bbox', query.bbox.map((n) => n.toFixed(4)).join(','));
  return params.toString();
}

/** How many filters are chosen, for "Filters (3)" and "Clear all". */
export function chosenCount(query: FinderQuery): number {
  return (
    listFacets.reduce((sum, facet) => sum + query[facet].length, 0) +
    (query.when ? 1 : 0) +
    (query.bbox ? 1 : 0)
  );
}
