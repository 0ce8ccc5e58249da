import { parse as parseCsv } from 'csv-parse/sync';
import type { Point } from '../../schemas/area.ts';
import type { PublicEntry } from '../directory/types.ts';
import type { IdMaker } from '../open-data/ids.ts';
import { placeTextLeaks, stringsIn } from './place-text-audit.ts';

/**
 * The open data exports read as what they are (calendars, feeds, GeoJSON, HSDS JSON and CSV), so that
 * every record is held to the public view of the entry it is about: its point (a venue's, an area's
 * centre, or none), its approximate flag, and no street address unless the entry is at a public venue.
 */
export interface ExportAuditContext {
  /** The entry a URL (absolute or a site path, in any language) is the page of. */
  entryAt: (url: string) => PublicEntry | undefined;
  /** Leaks, if any, when `points` are written about `entry`. */
  checkPoints: (file: string, entry: PublicEntry, points: Point[], where: string) => string[];
  /** The entry an HSDS location id (physical or virtual) was made for. */
  locationOwner: (locationId: string) => PublicEntry | undefined;
  /** The public venues' street lines found in a text, to catch one written about a private place. */
  streetsIn: (text: string) => string[];
}

const isPublicVenue = (entry: PublicEntry) => entry.location.kind === 'address';
const kindOf = (entry: PublicEntry) => entry.location.kind;
const numeric = (value: unknown) => (value === undefined || value === '' ? undefined : Number(value));

function pointOf(latitude: unknown, longitude: unknown): Point[] {
  const lat = numeric(latitude);
  const lng = numeric(longitude);
  return lat === undefined || lng === undefined ? [] : [{ latitude: lat, longitude: lng }];
}

/**
 * A record about a private place may name no public venue's street, and its free text (`freeText`: the
 * strings, never the numbers a point is written in) no street, coordinate pair or map link at all.
 */
function streetLeaks(
  file: string,
  entry: PublicEntry,
  text: string,
  ctx: ExportAuditContext,
  where: string,
  freeText: string,
) {
  if (isPublicVenue(entry)) return [];
  return [
    ...ctx
      .streetsIn(text)
      .map(
        (street) => `${file}: ${where} gives ${entry.url} (${kindOf(entry)}) the street address "${street}"`,
      ),
    ...placeTextLeaks(file, entry, freeText, where),
  ];
}

/** The free-text properties of an iCalendar event, unescaped enough for the detector. */
const eventText = (event: string) =>
  [...event.matchAll(/^(?:SUMMARY|DESCRIPTION|LOCATION|COMMENT)[^:]*:(.*)$/gm)]
    .map((match) => (match[1] ?? '').replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n'))
    .join('\n');

const WORD = /[^\s,;"\\]+/g;

/**
 * Finds public venues' street lines in a text in time that grows with the text, not with the number of
 * venues: streets are looked up by their first word ("4544"), then compared whole.
 */
export function streetFinder(streets: readonly string[]): (text: string) => string[] {
  const byFirstWord = new Map<string, string[]>();
  for (const street of new Set(streets)) {
    const first = street.match(WORD)?.[0];
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), street]);
  }
  return (text) => {
    const found = new Set<string>();
    for (const [word] of text.matchAll(WORD))
      for (const street of byFirstWord.get(word) ?? []) if (text.includes(street)) found.add(street);
    return [...found];
  };
}

/** iCalendar: each event names its entry by URL; only a public venue may have a GEO. */
function auditCalendar(file: string, text: string, ctx: ExportAuditContext): string[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split('BEGIN:VEVENT')
    .slice(1)
    .flatMap((event) => {
      const entry = ctx.entryAt(/^URL[^:]*:(.+)$/m.exec(event)?.[1]?.trim() ?? '');
      if (!entry) return [];
      const geo = /^GEO:(-?[\d.]+);(-?[\d.]+)/m.exec(event);
      return [
        ...ctx.checkPoints(file, entry, geo ? pointOf(geo[1], geo[2]) : [], 'an event'),
        ...streetLeaks(file, entry, event, ctx, 'an event', eventText(event)),
      ];
    });
}

/** The Meeting Guide feed: no coordinates, no street and approximate "yes" for a place that is not public. */
function auditMeetingGuide(file: string, text: string, ctx: ExportAuditContext): string[] {
  const meetings = JSON.parse(text) as Record<string, unknown>[];
  return meetings.flatMap((meeting) => {
    const entry = ctx.entryAt(String(meeting.url ?? ''));
    if (!entry) return [];
    const leaks = [
      ...ctx.checkPoints(file, entry, pointOf(meeting.latitude, meeting.longitude), 'a meeting'),
      ...streetLeaks(file, entry, JSON.stringify(meeting), ctx, 'a meeting', stringsIn(meeting)),
    ];
    if (!isPublicVenue(entry) && meeting.approximate !== 'yes')
      leaks.push(`${file}: a meeting of ${entry.url} (${kindOf(entry)}) is not marked approximate`);
    return leaks;
  });
}

/** GeoJSON: [longitude, latitude]; an area's centre must say it is approximate. */
function auditGeoJson(file: string, text: string, ctx: ExportAuditContext): string[] {
  const { features = [] } = JSON.parse(text) as {
    features?: { geometry?: { coordinates?: number[] }; properties?: Record<string, unknown> }[];
  };
  return features.flatMap((feature) => {
    const entry = ctx.entryAt(String(feature.properties?.url ?? ''));
    if (!entry) return [];
    const [longitude, latitude] = feature.geometry?.coordinates ?? [];
    const leaks = [
      ...ctx.checkPoints(file, entry, pointOf(latitude, longitude), 'a feature'),
      ...streetLeaks(file, entry, JSON.stringify(feature), ctx, 'a feature', stringsIn(feature.properties)),
    ];
    if (!isPublicVenue(entry) && feature.properties?.approximate !== true)
      leaks.push(`${file}: the feature of ${entry.url} (${kindOf(entry)}) is not marked approximate`);
    return leaks;
  });
}

/** Which entry each HSDS location id belongs to: ids are made from entry ids, so they can be remade. */
export function locationOwners(entries: readonly PublicEntry[], id: IdMaker): Map<string, PublicEntry> {
  return new Map(
    entries.flatMap((entry) => [
      [id('location', entry.id), entry],
      [id('virtual-location', entry.id), entry],
    ]),
  );
}

type Row = Record<string, unknown>;

/** Locations and addresses, wherever they are (nested JSON or CSV rows), held to their entry's view. */
function auditHsdsRecords(
  file: string,
  records: { locations: Row[]; addresses: Row[] },
  ctx: ExportAuditContext,
): string[] {
  const leaks: string[] = [];
  for (const location of records.locations) {
    const entry = ctx.locationOwner(String(location.id));
    if (!entry) continue;
    leaks.push(...ctx.checkPoints(file, entry, pointOf(location.latitude, location.longitude), 'a location'));
    leaks.push(...streetLeaks(file, entry, JSON.stringify(location), ctx, 'a location', stringsIn(location)));
  }
  for (const address of records.addresses) {
    const entry = ctx.locationOwner(String(address.location_id));
    if (entry && !isPublicVenue(entry))
      leaks.push(`${file}: an address is given to ${entry.url} (${kindOf(entry)}); it must have none`);
  }
  return leaks;
}

function hsdsJsonRecords(value: unknown, found = { locations: [] as Row[], addresses: [] as Row[] }) {
  if (Array.isArray(value)) for (const item of value) hsdsJsonRecords(item, found);
  else if (value && typeof value === 'object') {
    const row = value as Row;
    if ('location_type' in row) found.locations.push(row);
    if ('address_1' in row) found.addresses.push(row);
    for (const child of Object.values(row)) hsdsJsonRecords(child, found);
  }
  return found;
}

const csvRows = (text: string): Row[] => parseCsv(text, { columns: true, skip_empty_lines: true });

/** The audit of one export file; an empty list for files that are not exports. */
export function auditExport(file: { path: string; text: string }, ctx: ExportAuditContext): string[] {
  const { path, text } = file;
  if (path.endsWith('.ics')) return auditCalendar(path, text, ctx);
  if (path === 'meeting-guide.json') return auditMeetingGuide(path, text, ctx);
  if (path.endsWith('.geojson')) return auditGeoJson(path, text, ctx);
  if (!path.startsWith('hsds/')) return [];
  if (path.endsWith('.json')) return auditHsdsRecords(path, hsdsJsonRecords(JSON.parse(text)), ctx);
  if (path.endsWith('/locations.csv'))
    return auditHsdsRecords(path, { locations: csvRows(text), addresses: [] }, ctx);
  if (path.endsWith('/addresses.csv'))
    return auditHsdsRecords(path, { locations: [], addresses: csvRows(text) }, ctx);
  return [];
}
