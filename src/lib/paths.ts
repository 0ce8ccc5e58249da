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

/**
 * The site's URLs in one interface language: `prefix` is "" for the main language and "/es" for Spanish
 * (see `languagePrefix`).
 */
export function pathsIn(prefix: string) {
  const p = (path: string) => `${prefix}${path}`;
  return {
    home: () => p('/'),
    groups: () => p('/groups/'),
    group: (id: string) => p(`/groups/${id}/`),
    services: () => p('/services/'),
    service: (id: string) => p(`/services/${id}/`),
    topics: () => p('/topics/'),
    topic: (id: string) => p(`/topics/${id}/`),
    areas: () => p('/areas/'),
    area: (id: string) => p(`/areas/${id}/`),
    days: () => p('/days/'),
    day: (weekday: Weekday) => p(`/days/${dayslugs[weekday]}/`),
    guides: () => p('/guides/'),
    guide: (id: string) => p(`/guides/${id}/`),
    page: (id: string) => p(`/${id}/`),
    entriesData: () => p('/data/entries.json'),
    /** The finder: every group and service, filtered, sorted and mapped in the browser. */
    find: () => p('/find/'),
    /** The finder's data (src/lib/finder/finder-data.ts): the facets of every entry, then cards in chunks. */
    finderIndex: () => p('/data/finder/index.json'),
    /** Cards for the finder, `{n}` standing for the chunk's number. */
    finderCardsTemplate: () => p('/data/finder/cards/{n}/'),
    finderCards: (chunk: number) => p(`/data/finder/cards/${chunk}/`),
    /** Every entry's id and name, for words typed into the finder and for shared lists. */
    finderNames: () => p('/data/finder/names.json'),
    /** The gazetteer: areas and places a visitor can type to sort by distance. */
    finderPlaces: () => p('/data/finder/places.json'),
    search: () => p('/search/'),
    /**
     * Where Pagefind writes the language's search index (each language its own, indexed side by side);
     * the search page loads `pagefind.js` from here.
     */
    searchIndex: () => p('/pagefind/'),
    map: () => p('/map/'),
    /** Printable handouts: an index, everything, groups or services only, one per area and topic, and "my list". */
    printIndex: () => p('/print/'),
    printAll: () => p('/print/all/'),
    printGroups: () => p('/print/groups/'),
    printServices: () => p('/print/services/'),
    printArea: (id: string) => p(`/print/areas/${id}/`),
    printAreaGroups: (id: string) => p(`/print/areas/${id}/groups/`),
    printAreaServices: (id: string) => p(`/print/areas/${id}/services/`),
    printTopic: (id: string) => p(`/print/topics/${id}/`),
    myList: () => p('/print/my-list/'),
    /** Every open data export, its format and licence (the exports themselves: lib/open-data/endpoints.ts). */
    openData: () => p('/open-data/'),
    /** A group's meetings as iCalendar, and each topic's groups' meetings. */
    groupCalendar: (id: string) => p(`/calendars/groups/${id}.ics`),
    topicCalendar: (id: string) => p(`/calendars/topics/${id}.ics`),
  };
}

export type Paths = ReturnType<typeof pathsIn>;

/** The main language's URLs, for code that is not about one page's language (tests, tools). */
export const paths = pathsIn('');

/** The URL prefix of an interface language: none for the site's main language, `/es` for Spanish. */
export function languagePrefix(lang: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? '' : `/${lang}`;
}

/** The page number's URL under a list's base path: page 1 is the base itself. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}

/** The same page in another language, by swapping the prefix: `/es/groups/x/` ↔ `/groups/x/`. */
export function samePageIn(pathname: string, fromPrefix: string, toPrefix: string): string {
  const rest =
    fromPrefix && pathname.startsWith(`${fromPrefix}/`) ? pathname.slice(fromPrefix.length) : pathname;
  return `${toPrefix}${rest}`;
}
