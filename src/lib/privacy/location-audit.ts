import type { Point } from '../../schemas/area.ts';
import type { Directory, PublicEntry } from '../directory/types.ts';
import { type FinderIndex, type NamesFile, POINT_SCALE } from '../finder/finder-data.ts';
import { decodeIndex } from '../finder/finder-entries.ts';
import { idMaker } from '../open-data/ids.ts';
import { auditExport, type ExportAuditContext, locationOwners, streetFinder } from './open-data-audit.ts';
import { placeTextLeaks, stringsIn, visibleText } from './place-text-audit.ts';

/** A built file, as text (Pagefind fragments already decompressed). */
export interface BuiltFile {
  /** Path inside the output folder, with forward slashes: `groups/x/index.html`, `data/map.json`. */
  path: string;
  text: string;
}

interface FoundPoint extends Point {
  /** Where in the file, for messages. */
  at: number;
}

// Every way the site writes a point: data attributes, JSON, directions links (URL-encoded "lat,lng"),
// iCalendar's GEO, and GeoJSON's coordinates (longitude first, hence `swapped`).
const POINT_PATTERNS = [
  { pattern: /data-lat="(-?\d+(?:\.\d+)?)"\s+data-lng="(-?\d+(?:\.\d+)?)"/g },
  {
    pattern: /"lat(?:itude)?"\s*:\s*(-?\d+(?:\.\d+)?)\s*,\s*"(?:lng|lon|longitude)"\s*:\s*(-?\d+(?:\.\d+)?)/g,
  },
  { pattern: /(?:route=|query=|geo:)[^"]*?(-?\d{1,2}\.\d+)(?:%2C|,)\s*(-?\d{1,3}\.\d+)/g },
  { pattern: /^GEO:(-?\d+(?:\.\d+)?);(-?\d+(?:\.\d+)?)/gm },
  { pattern: /"coordinates"\s*:\s*\[\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)/g, swapped: true },
];

/** Every point written in a piece of text, in any of the forms the site uses. */
export function pointsIn(text: string): FoundPoint[] {
  return POINT_PATTERNS.flatMap(({ pattern, swapped }) =>
    [...text.matchAll(pattern)].map((match) => ({
      latitude: Number(swapped ? match[2] : match[1]),
      longitude: Number(swapped ? match[1] : match[2]),
      at: match.index,
    })),
  );
}

const same = (a: Point, b: Point) =>
  Math.abs(a.latitude - b.latitude) < 1e-6 && Math.abs(a.longitude - b.longitude) < 1e-6;

/**
 * The public points, found in constant time: a point is looked up in its own grid cell and the cells
 * around it (cells are far wider than the tolerance), so a site of 10,000 places audits as fast as 10.
 */
class PointSet {
  #cells = new Map<string, Point[]>();
  static #cell = (latitude: number, longitude: number) =>
    `${Math.round(latitude * 1e4)}:${Math.round(longitude * 1e4)}`;

  constructor(points: Iterable<Point>) {
    for (const point of points) {
      const key = PointSet.#cell(point.latitude, point.longitude);
      this.#cells.set(key, [...(this.#cells.get(key) ?? []), point]);
    }
  }

  has(point: Point): boolean {
    for (const dLat of [-1e-4, 0, 1e-4])
      for (const dLng of [-1e-4, 0, 1e-4])
        if (
          this.#cells
            .get(PointSet.#cell(point.latitude + dLat, point.longitude + dLng))
            ?.some((p) => same(p, point))
        )
          return true;
    return false;
  }
}

/** An entry link in any language (`/es/groups/x/`) as the main language's URL (`/groups/x/`). */
const ENTRY_LINK = /"(\/(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/)?(?:groups|services)\/[^"/]+\/)"/g;
const withoutLanguage = (url: string) =>
  url.replace(/^\/[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/(?=(?:groups|services)\/)/, '/');
const show = (point: Point) => `${point.latitude},${point.longitude}`;

/** The one point the public may see for an entry: a venue's, an area's centre, or none. */
function allowedPoint(entry: PublicEntry): Point | undefined {
  return entry.location.kind === 'address' || entry.location.kind === 'area'
    ? entry.location.point
    : undefined;
}

const kindOf = (entry: PublicEntry) =>
  entry.location.kind === 'address' ? 'a public venue' : entry.location.kind;

export type AuditedDirectory = Pick<Directory, 'site' | 'areas' | 'groups' | 'services'> &
  Partial<Pick<Directory, 'places'>>;

/** What every check of one file needs: the public view, looked up by URL and point, and where leaks go. */
interface Audit {
  leaks: string[];
  known: PointSet;
  entryAt: (url: string) => PublicEntry | undefined;
  /** Records a leak for each point written about `entry` that is not its public one. */
  check: (file: string, entry: PublicEntry, points: readonly Point[], where: string) => void;
  exports: ExportAuditContext;
}

function attachedLeaks(file: string, entry: PublicEntry, points: readonly Point[], where: string): string[] {
  const allowed = allowedPoint(entry);
  return points.flatMap((point) => {
    if (!allowed)
      return [
        `${file}: ${where} gives ${entry.url} (${kindOf(entry)}) the point ${show(point)}; it must have none`,
      ];
    if (!same(point, allowed))
      return [
        `${file}: ${where} gives ${entry.url} the point ${show(point)}, not its public ${show(allowed)}`,
      ];
    return [];
  });
}

function startAudit(directory: AuditedDirectory): Audit {
  const entries: PublicEntry[] = [...directory.groups, ...directory.services];
  // Pages and data exist once per language; every language's copy is held to the same public view.
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
  const entryAt = (url: string) => byUrl.get(withoutLanguage(url));
  const known = new PointSet([
    directory.site.map.centre,
    ...directory.areas.map((area) => area.centre),
    // The gazetteer's places are public landmarks and postcode centres, never venues.
    ...(directory.places ?? []).map((place) => place.centre),
    ...entries.flatMap((entry) => (entry.location.kind === 'address' ? [entry.location.point] : [])),
  ]);
  const leaks: string[] = [];
  // The exports name entries by absolute URL and HSDS locations by ids made from entry ids.
  const origin = new URL(directory.site.url).origin;
  const id = idMaker(directory.site);
  let owners: Map<string, PublicEntry> | undefined;
  const exports: ExportAuditContext = {
    entryAt: (url) => {
      const parsed = URL.canParse(url, origin) ? new URL(url, origin) : undefined;
      return parsed?.origin === origin ? entryAt(parsed.pathname) : undefined;
    },
    checkPoints: attachedLeaks,
    locationOwner: (locationId) => {
      owners ??= locationOwners(entries, id);
      return owners.get(locationId);
    },
    streetsIn: streetFinder(
      entries.flatMap((entry) => (entry.location.kind === 'address' ? [entry.location.postal.address1] : [])),
    ),
  };
  const check = (file: string, entry: PublicEntry, points: readonly Point[], where: string) => {
    leaks.push(...attachedLeaks(file, entry, points, where));
  };
  return { leaks, known, entryAt, check, exports };
}

/**
 * Reads every output and checks it against the public view: a point may only be a public venue's, an
 * area's centre, a gazetteer place or the map's starting point; whatever is written about an `area` entry
 * carries its area centre only; an `on_request` or online entry carries no point and no street address
 * anywhere; and no text about a private place holds a street, a coordinate pair or a map link (the
 * validator's detector, run over what was published). One line per leak; none means every private place
 * stayed private. Each file is read once, and every check of it takes time in proportion to its size.
 */
export function auditLocations(directory: AuditedDirectory, files: Iterable<BuiltFile>): string[] {
  const audit = startAudit(directory);
  const finderFiles = new Map<string, { index?: string; names?: string }>();
  for (const file of files) {
    const finder = /^(.*)data\/finder\/(index|names)\.json$/.exec(file.path);
    if (finder) {
      const pair = finderFiles.get(finder[1] ?? '') ?? {};
      pair[finder[2] as 'index' | 'names'] = file.text;
      finderFiles.set(finder[1] ?? '', pair);
    }
    auditFile(audit, file);
  }
  for (const [folder, pair] of finderFiles) {
    if (!pair.index || !pair.names)
      audit.leaks.push(`${folder}data/finder/: the index and names files must come together`);
    else
      audit.leaks.push(
        ...auditFinderIndex(`${folder}data/finder/index.json`, pair.index, pair.names, audit.entryAt),
      );
  }
  return audit.leaks;
}

function auditFile(audit: Audit, file: BuiltFile): void {
  const points = pointsIn(file.text);
  for (const point of points) {
    if (!audit.known.has(point))
      audit.leaks.push(`${file.path}: the point ${show(point)} is neither a public venue nor an area centre`);
  }
  auditOwnPage(audit, file, points);
  if (file.path.endsWith('.html')) auditCards(audit, file);
  // Open data exports, read as their formats.
  audit.leaks.push(...auditExport(file, audit.exports));
  if (file.path.includes('pagefind/fragment/')) auditSearchFragment(audit, file);
  else if (file.path.endsWith('.json')) auditDataObjects(audit, file);
}

/** An entry's own page speaks only of that entry: its point, and no street or hint of a private place. */
function auditOwnPage(audit: Audit, file: BuiltFile, points: readonly Point[]): void {
  const entry = audit.entryAt(`/${file.path.replace(/index\.html$/, '')}`);
  if (!entry) return;
  audit.check(file.path, entry, points, 'its page');
  // A street in the page's text or in its schema.org data (JSON-LD's streetAddress).
  if (entry.location.kind !== 'address' && /<address[\s>]|"streetAddress"/.test(file.text))
    audit.leaks.push(`${file.path}: the page of ${entry.url} (${kindOf(entry)}) shows a street address`);
  audit.leaks.push(...placeTextLeaks(file.path, entry, visibleText(file.text), 'its page'));
}

/** Cards in lists: the point and the text on a card belong to the entry the card links to. */
function auditCards(audit: Audit, file: BuiltFile): void {
  for (const card of file.text.split(/<li\b/).slice(1)) {
    const body = card.split('</li>')[0] ?? '';
    const link = CARD_LINK.exec(body)?.[1];
    const entry = link ? audit.entryAt(link) : undefined;
    if (!entry) continue;
    audit.check(file.path, entry, pointsIn(body.slice(0, body.indexOf('>') + 1)), 'a list card');
    audit.leaks.push(...placeTextLeaks(file.path, entry, visibleText(`<li${body}`), 'a list card'));
  }
}

/**
 * Data files: any object about an entry carries only its public point and no hint of a private place.
 * Each link is taken where it stands, with the flat object around it, so the file is read once.
 */
function auditDataObjects(audit: Audit, file: BuiltFile): void {
  for (const match of file.text.matchAll(ENTRY_LINK)) {
    const entry = audit.entryAt(match[1] ?? '');
    const object = entry ? objectAround(file.text, match.index) : undefined;
    if (!entry || object === undefined) continue;
    audit.check(file.path, entry, pointsIn(object), 'data');
    audit.leaks.push(...placeTextLeaks(file.path, entry, stringsOf(object), 'data'));
  }
}

/** A search fragment is one page's record: its text is that entry's, held to the same rules. */
function auditSearchFragment(audit: Audit, file: BuiltFile): void {
  auditDataObjects(audit, file);
  const record = parsed(file.text) as { url?: unknown; content?: unknown; meta?: unknown } | undefined;
  const entry = typeof record?.url === 'string' ? audit.entryAt(record.url) : undefined;
  if (entry)
    audit.leaks.push(
      ...placeTextLeaks(file.path, entry, stringsIn([record?.content, record?.meta]), 'search'),
    );
}

const CARD_LINK = /href="(\/(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/)?(?:groups|services)\/[^"/]+\/)"/;

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The strings of a flat JSON object (free text only), or none when the text is not one. */
const stringsOf = (object: string) => stringsIn(parsed(object));

/**
 * The finder's index stores points as numbers relative to the map's centre, where no text pattern finds
 * them: it is decoded with the finder's own code and each entry held to its public point.
 */
function auditFinderIndex(
  path: string,
  indexText: string,
  namesText: string,
  entryAt: (url: string) => PublicEntry | undefined,
): string[] {
  const index = JSON.parse(indexText) as FinderIndex;
  const { names } = JSON.parse(namesText) as NamesFile;
  const leaks: string[] = [];
  for (const entry of decodeIndex(index)) {
    const [key = ''] = names[entry.index] ?? [];
    const [kind, id] = key.split(':');
    const publicEntry = entryAt(`/${kind === 'service' ? 'services' : 'groups'}/${id}/`);
    if (!publicEntry) {
      leaks.push(`${path}: entry ${entry.index} (${key}) is not in the directory`);
      continue;
    }
    const point = entry.point;
    const allowed = allowedPoint(publicEntry);
    if (!point) continue;
    const shown = { latitude: point.lat, longitude: point.lng };
    // Points are stored to 1/100,000 of a degree: they may differ from the venue's by that much, no more.
    const near = (a: number, b: number) => Math.abs(a - b) <= 1 / POINT_SCALE;
    if (!allowed)
      leaks.push(
        `${path}: the finder gives ${publicEntry.url} (${kindOf(publicEntry)}) the point ${show(shown)}; it must have none`,
      );
    else if (!near(allowed.latitude, shown.latitude) || !near(allowed.longitude, shown.longitude))
      leaks.push(
        `${path}: the finder gives ${publicEntry.url} the point ${show(shown)}, not its public ${show(allowed)}`,
      );
  }
  return leaks;
}

/** The flat JSON object around a position (the site's data files hold flat objects), if there is one. */
function objectAround(text: string, at: number): string | undefined {
  const start = text.lastIndexOf('{', at);
  const end = text.indexOf('}', at);
  return start === -1 || end === -1 ? undefined : text.slice(start, end + 1);
}
