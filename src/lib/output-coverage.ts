import type { Weekday } from '../schemas/vocabularies.ts';
import { type FinderIndex, type NamesFile, NO_PLACE } from './finder/finder-data.ts';
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

interface ListLinks {
  links: Set<string>;
  /** A whole-directory handout too large for paper, split by area and topic (lib/print/handouts.ts). */
  split: boolean;
}

/** All pages of a paginated list (or a handout in parts), following page numbers until one is missing. */
function listLinks(read: PageReader, base: string): ListLinks | undefined {
  const first = read(base);
  if (first === undefined) return undefined;
  const links = linksIn(first);
  const split = first.includes('data-handout-split');
  for (let page = 2; ; page++) {
    const html = read(pageUrl(base, page));
    if (html === undefined) return { links, split };
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
    ...(entry.area
      ? [
          paths.printArea(entry.area),
          entry.kind === 'group' ? paths.printAreaGroups(entry.area) : paths.printAreaServices(entry.area),
        ]
      : []),
  ];
}

/**
 * Checks that every entry reached every output it belongs to: its own page, its kind's list, each of
 * its topics' and its area's lists, each weekday list it meets on, and (unless closed) the printed
 * handouts for everything, its kind, its topics and its area (a whole-directory handout split by area and
 * topic holds only what no narrower one does), all in the language `paths` belongs to.
 * Returns one line per gap.
 */
export function findCoverageGaps(
  entries: readonly EntryManifestLine[],
  read: PageReader,
  paths: Paths = mainPaths,
): string[] {
  const gaps: string[] = [];
  const lists = new Map<string, ListLinks | undefined>();
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
    // On a split handout an entry is printed on its area's and topics' handouts (checked too), unless
    // it has neither.
    const onNarrower = entry.area !== null || entry.topics.length > 0;
    for (const base of expected) {
      const found = list(base);
      if (!found) gaps.push(`${entry.kind} ${entry.id}: the list ${base} was not built`);
      else if (!found.links.has(entry.url) && !(found.split && onNarrower))
        gaps.push(`${entry.kind} ${entry.id}: missing from the list ${base}`);
    }
  }
  return gaps;
}

/** What the finder's files say of one entry: that it is there, and whether it has a place on the map. */
export type FinderCoverage = ReadonlyMap<string, { placed: boolean }>;

/**
 * Checks the finder's data against the manifest: every open entry is in the finder, on the map when it
 * has a public place (address or area), and never with a place when it has none (on request, online).
 * Returns one line per gap.
 */
export function findFinderGaps(entries: readonly EntryManifestLine[], finder: FinderCoverage): string[] {
  const gaps: string[] = [];
  for (const entry of entries) {
    const key = `${entry.kind}:${entry.id}`;
    const found = finder.get(key);
    if (entry.status === 'closed') {
      if (found) gaps.push(`${entry.kind} ${entry.id}: is closed but in the finder`);
      continue;
    }
    if (!found) gaps.push(`${entry.kind} ${entry.id}: missing from the finder`);
    else if (Boolean(entry.place) !== found.placed)
      gaps.push(
        `${entry.kind} ${entry.id}: ${entry.place ? 'missing from the map' : 'is on the map but has no public place'}`,
      );
  }
  return gaps;
}

/**
 * Reads what the finder's files hold (index, names, and the cards files chunk by chunk) and checks they
 * agree: the same entries, in the same order, each card in its chunk at its place. Returns the entries
 * found with whether each has a place, and one line per disagreement.
 */
export function readFinderCoverage(
  index: FinderIndex,
  names: Pick<NamesFile, 'names'>,
  readChunk: (chunk: number) => string | undefined,
): { finder: FinderCoverage; gaps: string[] } {
  const gaps: string[] = [];
  const finder = new Map<string, { placed: boolean }>();
  if (names.names.length !== index.count)
    gaps.push(`the finder's index has ${index.count} entries but its names file ${names.names.length}`);
  names.names.forEach(([key], position) => {
    finder.set(key, { placed: index.entries.place[position] !== NO_PLACE });
  });
  for (let chunk = 0; chunk * index.chunkSize < index.count; chunk++) {
    const html = readChunk(chunk);
    const expected = names.names
      .slice(chunk * index.chunkSize, (chunk + 1) * index.chunkSize)
      .map(([key]) => key);
    const found = html ? [...html.matchAll(/<li [^>]*data-entry="([^"]+)"/g)].map((match) => match[1]) : [];
    if (found.join(' ') !== expected.join(' '))
      gaps.push(
        `the finder's cards file ${chunk} holds ${found.join(', ') || 'nothing'}, not ${expected.join(', ')}`,
      );
  }
  return { finder, gaps };
}
