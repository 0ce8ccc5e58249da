/**
 * Names the kind of a built file from its URL path, so figures can be given per kind of page (an entry,
 * a list, a handout) rather than per file. The language prefix is removed first: /es/groups/x/ is an
 * entry page like /groups/x/.
 */

/** [kind, pattern over the path without its language prefix]; the first match wins. */
const KINDS: [string, RegExp][] = [
  ['home', /^\/(index\.html)?$/],
  ['entry', /^\/(groups|services)\/(?!\d+\/)[^/]+\//],
  ['list', /^\/(groups|services)\/(\d+\/)?(index\.html)?$/],
  ['list', /^\/(topics|areas|days)\/[^/]+\//],
  ['index', /^\/(topics|areas|days|guides|print)\/(index\.html)?$/],
  ['handout', /^\/print\/(?!my-list)/],
  ['finder', /^\/find\//],
  ['search', /^\/search\//],
  ['map', /^\/map\//],
  ['guide', /^\/guides\//],
  ['finder data', /^\/data\/finder\//],
  ['data', /^\/data\//],
  ['calendar', /^\/calendars\//],
  ['open data', /^\/(hsds\/|meeting-guide\.json|places\.geojson)/],
  ['search index', /^\/pagefind\//],
];

/** Removes the language prefix (/es) when it names one of the site's languages. */
export function withoutLanguage(path: string, languages: readonly string[]): string {
  const [, first = ''] = path.split('/');
  return languages.includes(first) ? path.slice(first.length + 1) : path;
}

export function pageKind(path: string, languages: readonly string[]): string {
  const bare = withoutLanguage(path, languages);
  return KINDS.find(([, pattern]) => pattern.test(bare))?.[0] ?? 'other page';
}

/** The routes in src/pages, as [route, pattern over the path without its language prefix]. */
const ROUTES: [string, RegExp][] = [
  ['/groups/[id]', /^\/groups\/(?!\d+\/)[^/]+\//],
  ['/services/[id]', /^\/services\/(?!\d+\/)[^/]+\//],
  ['/groups, /services (pages)', /^\/(groups|services)\//],
  ['/topics/[id], /areas/[id], /days/[day] (pages)', /^\/(topics|areas|days)\/[^/]+\//],
  ['/print/[...list]', /^\/print\/(?!my-list\/|index\.html)[^/]/],
  ['/data/finder/cards/[chunk]', /^\/data\/finder\/cards\//],
  ['/data/**', /^\/data\//],
  ['/calendars/**', /^\/calendars\//],
  ['/hsds/**', /^\/hsds\//],
  ['/guides/**', /^\/guides\//],
];

/** The route a built path came from (/groups/[id], /print/[...list]), else "other pages". */
export function routeOf(path: string, languages: readonly string[]): string {
  const bare = withoutLanguage(path, languages);
  return ROUTES.find(([, pattern]) => pattern.test(bare))?.[0] ?? 'other pages';
}
