import { scheduleRules } from '../describe.ts';
import type { PublicEntry } from '../directory/types.ts';
import { weekdaysOf } from '../schedule/weekdays.ts';

/**
 * The facets search filters by, named as they appear in search addresses (`/search/?topic=hiv&day=TU`).
 * Values are language-neutral ids; the search page turns them into words.
 */
export const facetNames = [
  'kind',
  'topic',
  'area',
  'day',
  'attendance',
  'language',
  'audience',
  'cost',
  'access',
] as const;
export type FacetName = (typeof facetNames)[number];

/** An entry's value for each facet. Every entry has a kind; the others may be empty. */
export function searchFacets(entry: PublicEntry): Record<FacetName, string[]> {
  const isGroup = entry.kind === 'group';
  return {
    kind: [entry.kind],
    topic: entry.topics.map((topic) => topic.id),
    area: entry.location.area ? [entry.location.area.id] : [],
    day: isGroup ? entry.weekdays : weekdaysOf(scheduleRules(entry)),
    attendance: isGroup ? [entry.attendance] : [],
    language: entry.languages,
    audience: isGroup ? entry.audiences : [],
    cost: [entry.cost.kind],
    access: entry.accessibility,
  };
}
