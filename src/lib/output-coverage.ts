import type { Weekday } from '../schemas/vocabularies.ts';
import { paths as mainPaths, type Paths, pageUrl } from './paths.ts';

/** One line of /data/entries.json: an entry and the lists it belongs to. */
export interface EntryManifestLine {
  kind: 'group' | 'service';
  id: string;
  url: string;
  status?: 'active' | 'paused' | 'closed';
  topics: string[];
  area: string | null;
  weekdays: string[];
  /** Present when the entry has a public place: it must then be in the map data (unless closed). */
  place?: 'address' | 'area' | null;
}

/** Reads a built page by its URL path; undefined when the page does not exist. */
export type PageReader = (urlPath: string) => string | undefined;

const linksIn = (html: string) =>
  new Set([...html.matchAll(/href="(\/[^"#?]*)"/g)].map((match) => match[1] ?? ''));

/** All pages of a paginated list, following page numbers until one is missing. */
function listLinks(read: PageReader, base: string): Set<string> | undefined {
  const first = read(base);
  if (first === undefined) return undefined;
  const links = linksIn(first);
  for (let page = 2; ; page++) {
    const html = read(pageUrl(base, page));
    if (html === undefined) return links;
    for (const link of linksIn(html)) links.add(link);
  }
}

/** The printed handouts an entry belongs to: closed entries are left off paper (see lib/print/print-lists.ts). */
function printListsOf(entry: EntryManifestLine, paths: Paths): string[] {
  if (entry.status === 'closed') return [];
  return [
    paths.printAll(),
    entry.kind === 'group' ? paths.printGroups() : paths.printServices(),
    ...entry.topics.map((topic) => paths.printTopic(topic)),
    ...(entry.area ? [paths.printArea(entry.area)] : []),
  ];
}

/**
 * Checks that every entry reached every output it belongs to: its own page, its kind's list, each of
 * its topics' and its area's lists, each weekday list it meets on, and (unless closed) the printed
 * handouts for everything, its kind, its topics and its area, all in the language `paths` belongs to.
 * Returns one line per gap.
 */
export function findCoverageGaps(
  entries: readonly EntryManifestLine[],
  read: PageReader,
  paths: Paths = mainPaths,
): string[] {
  const gaps: string[] = [];
  const lists = new Map<string, Set<string> | undefined>();
  const list = (base: string) => {
    if (!lists.has(base)) lists.set(base, listLinks(read, base));
    return lists.get(base);
  };
  for (const entry of entries) {
    if (read(entry.url) === undefined)
      gaps.push(`${entry.kind} ${entry.id}: its page ${entry.url} was not built`);
    const expected = [
      entry.kind === 'group' ? paths.groups() : paths.services(),
      ...entry.topics.map((topic) => paths.topic(topic)),
      ...(entry.area ? [paths.area(entry.area)] : []),
      ...entry.weekdays.map((weekday) => paths.day(weekday as Weekday)),
      ...printListsOf(entry, paths),
    ];
    for (const base of expected) {
      const links = list(base);
      if (!links) gaps.push(`${entry.kind} ${entry.id}: the list ${base} was not built`);
      else if (!links.has(entry.url)) gaps.push(`${entry.kind} ${entry.id}: missing from the list ${base}`);
    }
  }
  return gaps;
}

/**
 * Checks the map data against the manifest: every open entry with a public place (address or area) is on
 * the map, and nothing without one (on request, online) is. Returns one line per gap.
 */
export function findMapGaps(entries: readonly EntryManifestLine[], mapIds: ReadonlySet<string>): string[] {
  const gaps: string[] = [];
  for (const entry of entries) {
    const key = `${entry.kind}:${entry.id}`;
    const belongs = Boolean(entry.place) && entry.status !== 'closed';
    if (belongs && !mapIds.has(key)) gaps.push(`${entry.kind} ${entry.id}: missing from the map data`);
    if (!entry.place && mapIds.has(key))
      gaps.push(`${entry.kind} ${entry.id}: is on the map but has no public place`);
  }
  return gaps;
}
