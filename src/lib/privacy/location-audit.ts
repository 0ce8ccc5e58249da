import type { Point } from '../../schemas/area.ts';
import type { Directory, PublicEntry } from '../directory/types.ts';

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

// Every way the site writes a point: data attributes, JSON, and directions links (URL-encoded "lat,lng").
const POINT_PATTERNS = [
  /data-lat="(-?\d+(?:\.\d+)?)"\s+data-lng="(-?\d+(?:\.\d+)?)"/g,
  /"lat(?:itude)?"\s*:\s*(-?\d+(?:\.\d+)?)\s*,\s*"(?:lng|lon|longitude)"\s*:\s*(-?\d+(?:\.\d+)?)/g,
  /(?:route=|query=|geo:)[^"]*?(-?\d{1,2}\.\d+)(?:%2C|,)\s*(-?\d{1,3}\.\d+)/g,
];

/** Every point written in a piece of text, in any of the forms the site uses. */
export function pointsIn(text: string): FoundPoint[] {
  return POINT_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({
      latitude: Number(match[1]),
      longitude: Number(match[2]),
      at: match.index,
    })),
  );
}

const same = (a: Point, b: Point) =>
  Math.abs(a.latitude - b.latitude) < 1e-6 && Math.abs(a.longitude - b.longitude) < 1e-6;
const show = (point: Point) => `${point.latitude},${point.longitude}`;

/** The one point the public may see for an entry: a venue's, an area's centre, or none. */
function allowedPoint(entry: PublicEntry): Point | undefined {
  return entry.location.kind === 'address' || entry.location.kind === 'area'
    ? entry.location.point
    : undefined;
}

const kindOf = (entry: PublicEntry) =>
  entry.location.kind === 'address' ? 'a public venue' : entry.location.kind;

/**
 * Reads every output and checks it against the public view: a point may only be a public venue's, an
 * area's centre or the map's starting point; whatever is written about an `area` entry carries its area
 * centre only; an `on_request` or online entry carries no point and no street address anywhere.
 * Returns one line per leak; an empty list means the outputs keep every private place private.
 */
export function auditLocations(
  directory: Pick<Directory, 'site' | 'areas' | 'groups' | 'services'>,
  files: readonly BuiltFile[],
): string[] {
  const entries: PublicEntry[] = [...directory.groups, ...directory.services];
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
  const known: Point[] = [
    directory.site.map.centre,
    ...directory.areas.map((area) => area.centre),
    ...entries.flatMap((entry) => (entry.location.kind === 'address' ? [entry.location.point] : [])),
  ];
  const leaks: string[] = [];

  const checkAttached = (file: string, entry: PublicEntry, points: readonly FoundPoint[], where: string) => {
    const allowed = allowedPoint(entry);
    for (const point of points) {
      if (!allowed)
        leaks.push(
          `${file}: ${where} gives ${entry.url} (${kindOf(entry)}) the point ${show(point)}; it must have none`,
        );
      else if (!same(point, allowed))
        leaks.push(
          `${file}: ${where} gives ${entry.url} the point ${show(point)}, not its public ${show(allowed)}`,
        );
    }
  };

  for (const file of files) {
    for (const point of pointsIn(file.text)) {
      if (!known.some((candidate) => same(candidate, point)))
        leaks.push(`${file.path}: the point ${show(point)} is neither a public venue nor an area centre`);
    }

    // An entry's own page speaks only of that entry.
    const ownPage = byUrl.get(`/${file.path.replace(/index\.html$/, '')}`);
    if (ownPage) {
      checkAttached(file.path, ownPage, pointsIn(file.text), 'its page');
      if (ownPage.location.kind !== 'address' && /<address[\s>]/.test(file.text))
        leaks.push(`${file.path}: the page of ${ownPage.url} (${kindOf(ownPage)}) shows a street address`);
    }

    // Cards in lists: the point on a card belongs to the entry the card links to.
    if (file.path.endsWith('.html')) {
      for (const card of file.text.split(/<li\b/).slice(1)) {
        const body = card.split('</li>')[0] ?? '';
        const link = /href="(\/(?:groups|services)\/[^"/]+\/)"/.exec(body)?.[1];
        const entry = link ? byUrl.get(link) : undefined;
        const opening = body.slice(0, body.indexOf('>') + 1);
        if (entry) checkAttached(file.path, entry, pointsIn(opening), 'a list card');
      }
    }

    // Data files and search fragments: any object about an entry carries only its public point.
    if (file.path.endsWith('.json') || file.path.includes('pagefind/fragment/')) {
      for (const [url, entry] of byUrl) {
        for (const object of objectsAbout(file.text, url))
          checkAttached(file.path, entry, pointsIn(object), 'data');
      }
    }
  }
  return leaks;
}

/** The JSON objects in a text that mention an entry's URL (flat objects: the site's data files). */
function objectsAbout(text: string, url: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(`"${url}"`); at !== -1; at = text.indexOf(`"${url}"`, at + 1)) {
    const start = text.lastIndexOf('{', at);
    const end = text.indexOf('}', at);
    if (start !== -1 && end !== -1) found.push(text.slice(start, end + 1));
  }
  return found;
}
