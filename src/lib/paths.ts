import type { Weekday } from '../schemas/vocabularies.ts';

/** Every URL the site links to is built here, so routes and links cannot drift apart. */

export const dayslugs: Record<Weekday, string> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};

export const paths = {
  home: () => '/',
  groups: () => '/groups/',
  group: (id: string) => `/groups/${id}/`,
  services: () => '/services/',
  service: (id: string) => `/services/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  areas: () => '/areas/',
  area: (id: string) => `/areas/${id}/`,
  days: () => '/days/',
  day: (weekday: Weekday) => `/days/${dayslugs[weekday]}/`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  page: (id: string) => `/${id}/`,
  /** Groups meeting on a weekday; `{day}` stands for the weekday's slug, filled in by the browser. */
  meetingsDataTemplate: () => '/data/meetings/{day}.json',
  entriesData: () => '/data/entries.json',
  search: () => '/search/',
  /** Where Pagefind writes the search index; the search page loads `pagefind.js` from here. */
  searchIndex: () => '/pagefind/',
  map: () => '/map/',
  /** Every place on the map, for the map page and "near me" (see src/lib/map/map-data.ts). */
  mapData: () => '/data/map.json',
  /** Printable handouts: an index, everything, groups or services only, one per area and topic, and "my list". */
  printIndex: () => '/print/',
  printAll: () => '/print/all/',
  printGroups: () => '/print/groups/',
  printServices: () => '/print/services/',
  printArea: (id: string) => `/print/areas/${id}/`,
  printTopic: (id: string) => `/print/topics/${id}/`,
  myList: () => '/print/my-list/',
};

/** The page number's URL under a list's base path: page 1 is the base itself. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}
