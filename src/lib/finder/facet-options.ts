import type { FinderStrings } from '../../i18n/en/finder.ts';
import type { UiStrings } from '../../i18n/en/ui.ts';
import {
  accessibilityFeatures,
  audiences,
  costKinds,
  serviceCategories,
  weekdayCodes,
} from '../../schemas/vocabularies.ts';
import type { Directory, PublicEntry } from '../directory/types.ts';
import { weekdayName } from '../schedule/weekday-name.ts';
import { finderEntries } from './build-finder-data.ts';
import type { ListFacet } from './query.ts';
import { timesOfDay } from './time-facts.ts';

/** One group of choices in the finder's filters. */
export interface FacetGroup {
  facet: ListFacet;
  legend: string;
  options: [value: string, label: string][];
  /** A note under the legend (attendance: hybrid groups count for both). */
  note?: string;
}

const keys = <T extends object>(map: T) => Object.keys(map) as (keyof T & string)[];

/** What each facet's values are, per entry; facets not listed (day, time…) offer every value. */
const FACET_VALUES: Partial<Record<ListFacet, (entry: PublicEntry) => readonly string[]>> = {
  topic: (entry) => entry.topics.map((topic) => topic.id),
  language: (entry) => entry.languages,
  audience: (entry) => (entry.kind === 'group' ? entry.audiences : []),
  cost: (entry) => [entry.cost.kind],
  access: (entry) => entry.accessibility,
  area: (entry) => (entry.location.area ? [entry.location.area.id] : []),
  category: (entry) => (entry.kind === 'service' ? entry.categories : []),
  kind: (entry) => [entry.kind],
};

const seenIn = new WeakMap<Directory, Partial<Record<ListFacet, Set<string>>>>();

/**
 * The values some open entry has, per facet. Every list page renders the finder's filters, so this one
 * pass over the directory is made once per directory (per language), not once per page: at 10,000
 * entries the per-page pass made list pages cost 40 ms each instead of 10.
 */
function valuesSeen(directory: Directory): Partial<Record<ListFacet, Set<string>>> {
  let seen = seenIn.get(directory);
  if (!seen) {
    const entries = finderEntries(directory);
    seen = Object.fromEntries(
      Object.entries(FACET_VALUES).map(([facet, values]) => [facet, new Set(entries.flatMap(values))]),
    ) as Partial<Record<ListFacet, Set<string>>>;
    seenIn.set(directory, seen);
  }
  return seen;
}

/**
 * The finder's filters, in the order a newcomer thinks of them, each offering only values some open entry
 * has (an empty filter helps nobody). `fixed` facets are the list page's own scope and are not offered.
 */
export function facetGroups(
  directory: Directory,
  text: { ui: UiStrings; finder: FinderStrings; languageName: (tag: string) => string },
  fixed: readonly ListFacet[] = [],
): FacetGroup[] {
  const seen = valuesSeen(directory);
  const { ui, finder } = text;
  const lang = directory.lang;
  const groups: FacetGroup[] = [
    {
      facet: 'kind',
      legend: finder.facets.kind,
      options: [
        ['group', finder.kinds.group],
        ['service', finder.kinds.service],
      ],
    },
    {
      facet: 'topic',
      legend: finder.facets.topic,
      options: directory.topics.map((topic) => [topic.id, topic.label]),
    },
    {
      facet: 'day',
      legend: finder.facets.day,
      options: weekdayCodes.map((day) => [day, weekdayName(day, lang)]),
    },
    {
      facet: 'time',
      legend: finder.facets.time,
      options: timesOfDay.map((time) => [time, finder.times[time]]),
    },
    {
      facet: 'attendance',
      legend: finder.facets.attendance,
      options: [
        ['in_person', finder.attendance.in_person],
        ['online', finder.attendance.online],
      ],
      note: finder.attendanceNote,
    },
    {
      facet: 'language',
      legend: finder.facets.language,
      options: [...(seen.language ?? [])]
        .map((tag): [string, string] => [tag, text.languageName(tag)])
        .sort((a, b) => a[1].localeCompare(b[1], lang)),
    },
    {
      facet: 'audience',
      legend: finder.facets.audience,
      options: keys(audiences).map((id) => [id, ui.audiences[id]]),
    },
    { facet: 'cost', legend: finder.facets.cost, options: keys(costKinds).map((id) => [id, ui.cost[id]]) },
    {
      facet: 'access',
      legend: finder.facets.access,
      options: keys(accessibilityFeatures).map((id) => [id, ui.accessibility[id]]),
    },
    {
      facet: 'area',
      legend: finder.facets.area,
      options: directory.areas.map((area) => [area.id, area.label]),
    },
    {
      facet: 'category',
      legend: finder.facets.category,
      options: keys(serviceCategories).map((id) => [id, ui.categories[id]]),
    },
  ];
  return groups
    .filter((group) => !fixed.includes(group.facet))
    .map((group) => ({
      ...group,
      options: group.options.filter(([value]) => seen[group.facet]?.has(value) ?? true),
    }))
    .filter((group) => group.options.length > 1 || (group.facet !== 'kind' && group.options.length > 0));
}
