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

/**
 * The finder's filters, in the order a newcomer thinks of them, each offering only values some open entry
 * has (an empty filter helps nobody). `fixed` facets are the list page's own scope and are not offered.
 */
export function facetGroups(
  directory: Directory,
  text: { ui: UiStrings; finder: FinderStrings; languageName: (tag: string) => string },
  fixed: readonly ListFacet[] = [],
): FacetGroup[] {
  const entries = finderEntries(directory);
  const has = (values: (entry: PublicEntry) => readonly string[]) => {
    const found = new Set(entries.flatMap(values));
    return (value: string) => found.has(value);
  };
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
      options: [...new Set(entries.flatMap((entry) => entry.languages))]
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
  const present: Partial<Record<ListFacet, (value: string) => boolean>> = {
    topic: has((entry) => entry.topics.map((topic) => topic.id)),
    language: () => true,
    audience: has((entry) => (entry.kind === 'group' ? entry.audiences : [])),
    cost: has((entry) => [entry.cost.kind]),
    access: has((entry) => entry.accessibility),
    area: has((entry) => (entry.location.area ? [entry.location.area.id] : [])),
    category: has((entry) => (entry.kind === 'service' ? entry.categories : [])),
    kind: has((entry) => [entry.kind]),
  };
  return groups
    .filter((group) => !fixed.includes(group.facet))
    .map((group) => ({
      ...group,
      options: group.options.filter(([value]) => present[group.facet]?.(value) ?? true),
    }))
    .filter((group) => group.options.length > 1 || (group.facet !== 'kind' && group.options.length > 0));
}
