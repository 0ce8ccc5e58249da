import {
  type CountryCode,
  isPossiblePhoneNumber,
  isSupportedCountry,
  validatePhoneNumberLength,
} from 'libphonenumber-js';
import { PhoneNumberSchema } from '../../schemas/primitives.ts';
import { type EntryRef, findBrokenReferences, type KnownIds } from '../references.ts';
import { ID_PATTERN } from './content-files.ts';
import { closest } from './did-you-mean.ts';
import { duplicateEntries } from './duplicate-entries.ts';
import type { Anchor } from './parse-yaml.ts';
import { placeholderText } from './placeholder-text.ts';
import { privatePlaceText } from './private-place-text.ts';
import type { CollectionName } from './problem.ts';

/**
 * Rules that need more than one file: duplicate ids and entries, references between files, coordinates
 * inside the region, phone numbers for the region's country; and text left from a template. They read the data as parsed, before the schema, so
 * an entry with one mistake is still checked for the others; values the schema already refuses are
 * skipped rather than reported twice.
 */

/** A file's data as read, and the names to show for it. */
export interface LoadedFile {
  /** The path shown to volunteers, such as `content/groups/grief-circle.yaml`. */
  file: string;
  collection: CollectionName;
  id: string;
  data: unknown;
}

export interface CrossFileIssue {
  file: string;
  path: PropertyKey[];
  anchor: Anchor;
  message: string;
}

/** Where each kind of reference must point, as shown in messages: `content/areas.yaml`. */
export interface ReferenceHomes {
  topics: string;
  areas: string;
  organizations: string;
}

export function crossFileRules(files: readonly LoadedFile[], homes: ReferenceHomes): CrossFileIssue[] {
  const site = files.find((file) => file.collection === 'site');
  return [
    ...files.flatMap((file) =>
      file.collection === 'topics' || file.collection === 'areas' ? duplicateIds(file) : [],
    ),
    ...brokenReferences(files, homes),
    ...unknownSynonymTopics(files, homes),
    ...unknownPlaceAreas(files, homes),
    ...coordinatesOutsideRegion(files, regionOf(site?.data)),
    ...impossiblePhoneNumbers(files, countryOf(site?.data)),
    ...placeholderText(files),
    ...privatePlaceText(files),
    ...duplicateEntries(files),
  ];
}

// ——— duplicate ids ———

/** An id used twice in topics.yaml or areas.yaml: each use is reported, naming the other. */
export function duplicateIds(file: LoadedFile): CrossFileIssue[] {
  if (!Array.isArray(file.data)) return [];
  const noun = file.collection === 'topics' ? 'topic' : 'area';
  const items = file.data.map((item, index) => ({ index, item: isRecord(item) ? item : {} }));
  const issues: CrossFileIssue[] = [];
  for (const { index, item } of items) {
    if (typeof item.id !== 'string') continue;
    const others = items.filter((other) => other.index !== index && other.item.id === item.id);
    for (const other of others.slice(0, 1)) {
      const name =
        typeof other.item.label === 'string' ? `"${other.item.label}"` : `${noun} number ${other.index + 1}`;
      issues.push({
        file: file.file,
        path: [index, 'id'],
        anchor: 'value',
        message: `"${item.id}" is also the id of ${name} in this file — give each ${noun} its own id`,
      });
    }
  }
  return issues;
}

// ——— references ———

/** Topics, areas and organisations that groups and services name but that do not exist. */
export function brokenReferences(files: readonly LoadedFile[], homes: ReferenceHomes): CrossFileIssue[] {
  const listIds = (collection: 'topics' | 'areas') => {
    const file = files.find((candidate) => candidate.collection === collection);
    if (!file || !Array.isArray(file.data)) return undefined; // unknown: its own problem is reported
    return new Set(
      file.data.flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : [])),
    );
  };
  const topics = listIds('topics');
  const areas = listIds('areas');
  const organizations = new Set(
    files.filter((file) => file.collection === 'organizations').map((file) => file.id),
  );
  const known: KnownIds = { topics: topics ?? new Set(), areas: areas ?? new Set(), organizations };
  const checkable = { topics: topics !== undefined, areas: areas !== undefined, organizations: true };

  const entries = files.flatMap((file): EntryRef[] =>
    file.collection === 'groups' || file.collection === 'services'
      ? [{ collection: file.collection, id: file.id, data: referencesOf(file.data) } as EntryRef]
      : [],
  );
  const fileOf = new Map(
    files
      .filter((file) => file.collection === 'groups' || file.collection === 'services')
      .map((file) => [`${file.collection}/${file.id}`, file.file]),
  );
  return findBrokenReferences(known, entries)
    .filter((broken) => checkable[broken.target])
    .map((broken) => {
      const noun = { topics: 'topic', areas: 'area', organizations: 'organization' }[broken.target];
      const home =
        broken.target === 'organizations'
          ? `has no file ${homes.organizations}${broken.missing}.yaml`
          : `is not in ${homes[broken.target]}`;
      const meant = closest(broken.missing, [...known[broken.target]]);
      const fix = meant
        ? `did you mean ${meant}?`
        : `use an id from ${homes[broken.target]}, or add this ${noun} there`;
      return {
        file: fileOf.get(`${broken.collection}/${broken.id}`) ?? broken.id,
        path: broken.field,
        anchor: 'value' as const,
        message: `names ${noun} "${broken.missing}", which ${home} — ${fix}`,
      };
    });
}

/** A synonyms.yaml line naming a topic that does not exist would quietly find nothing. */
export function unknownSynonymTopics(files: readonly LoadedFile[], homes: ReferenceHomes): CrossFileIssue[] {
  const synonyms = files.find((file) => file.collection === 'synonyms');
  const topicsFile = files.find((file) => file.collection === 'topics');
  if (!synonyms || !Array.isArray(synonyms.data) || !topicsFile || !Array.isArray(topicsFile.data)) return [];
  const known = topicsFile.data.flatMap((item) =>
    isRecord(item) && typeof item.id === 'string' ? [item.id] : [],
  );
  return synonyms.data.flatMap((line, index) => {
    const topics = isRecord(line) && Array.isArray(line.topics) ? line.topics : [];
    return topics.flatMap((topic, position): CrossFileIssue[] => {
      if (typeof topic !== 'string' || known.includes(topic)) return [];
      const meant = closest(topic, known);
      return [
        {
          file: synonyms.file,
          path: [index, 'topics', position],
          anchor: 'value',
          message: `names topic "${topic}", which is not in ${homes.topics} — ${meant ? `did you mean ${meant}?` : 'use an id from that file'}`,
        },
      ];
    });
  });
}

/** A places.yaml line in an area that does not exist. */
export function unknownPlaceAreas(files: readonly LoadedFile[], homes: ReferenceHomes): CrossFileIssue[] {
  const places = files.find((file) => file.collection === 'places');
  const areasFile = files.find((file) => file.collection === 'areas');
  if (!places || !Array.isArray(places.data) || !areasFile || !Array.isArray(areasFile.data)) return [];
  const known = areasFile.data.flatMap((item) =>
    isRecord(item) && typeof item.id === 'string' ? [item.id] : [],
  );
  return places.data.flatMap((place, index): CrossFileIssue[] => {
    const area = isRecord(place) ? place.area : undefined;
    if (typeof area !== 'string' || known.includes(area)) return [];
    const meant = closest(area, known);
    return [
      {
        file: places.file,
        path: [index, 'area'],
        anchor: 'value',
        message: `names area "${area}", which is not in ${homes.areas} — ${meant ? `did you mean ${meant}?` : 'use an id from that file, or leave area out'}`,
      },
    ];
  });
}

/**
 * The reference fields of an entry that may not have passed its schema. Values that are not ids are
 * left out (the schema reports them), keeping list positions so field paths stay right.
 */
function referencesOf(data: unknown): Pick<EntryRef['data'], 'topics' | 'location' | 'organization'> {
  const entry = isRecord(data) ? data : {};
  const id = (value: unknown) => (typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined);
  const topics = Array.isArray(entry.topics) ? entry.topics.map(id) : [];
  const area = isRecord(entry.location) ? id(entry.location.area) : undefined;
  return {
    topics: topics as string[],
    location: (area === undefined ? undefined : { area }) as EntryRef['data']['location'],
    organization: id(entry.organization) as string,
  };
}

// ——— coordinates ———

export interface Region {
  name: string;
  south: number;
  west: number;
  north: number;
  east: number;
}

function regionOf(site: unknown): Region | undefined {
  const region = isRecord(site) && isRecord(site.region) ? site.region : undefined;
  const bounds = region && isRecord(region.bounds) ? region.bounds : undefined;
  if (!bounds) return undefined;
  const { south, west, north, east } = bounds;
  if (![south, west, north, east].every((value) => typeof value === 'number' && Number.isFinite(value)))
    return undefined;
  const box = { south, west, north, east } as Omit<Region, 'name'>;
  if (box.south >= box.north || box.west >= box.east) return undefined;
  return { name: typeof region?.name === 'string' ? region.name : 'the region', ...box };
}

/** Every point (venues, area centres, the map centre) must lie inside `site.region.bounds`. */
export function coordinatesOutsideRegion(
  files: readonly LoadedFile[],
  region: Region | undefined,
): CrossFileIssue[] {
  if (!region) return [];
  const issues: CrossFileIssue[] = [];
  const check = (file: LoadedFile, base: PropertyKey[], point: unknown) => {
    const issue = pointOutside(region, point);
    if (issue)
      issues.push({ file: file.file, path: [...base, issue.field], anchor: 'value', message: issue.message });
  };
  for (const file of files) {
    const data = file.data;
    if (file.collection === 'site' && isRecord(data) && isRecord(data.map))
      check(file, ['map', 'centre'], data.map.centre);
    if ((file.collection === 'areas' || file.collection === 'places') && Array.isArray(data)) {
      data.forEach((item, index) => {
        if (isRecord(item)) check(file, [index, 'centre'], item.centre);
      });
    }
    if (
      (file.collection === 'groups' || file.collection === 'services') &&
      isRecord(data) &&
      isRecord(data.location)
    ) {
      if (data.location.kind === 'address') check(file, ['location'], data.location);
    }
  }
  return issues;
}

/** Why a point is outside the region, or undefined when it is inside or not a point the schema accepts. */
export function pointOutside(
  region: Region,
  point: unknown,
): { field: 'latitude' | 'longitude'; message: string } | undefined {
  if (!isRecord(point)) return undefined;
  const { latitude, longitude } = point;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined; // the schema says so
  const inside = (lat: number, lon: number) =>
    lat >= region.south && lat <= region.north && lon >= region.west && lon <= region.east;
  if (inside(latitude, longitude)) return undefined;
  if (inside(longitude, latitude)) {
    return {
      field: 'latitude',
      message: `is outside ${region.name} — latitude and longitude look swapped: write latitude: ${longitude} and longitude: ${latitude}`,
    };
  }
  const field = latitude < region.south || latitude > region.north ? 'latitude' : 'longitude';
  return {
    field,
    message: `is outside ${region.name} (site.yaml region.bounds: latitude ${region.south} to ${region.north}, longitude ${region.west} to ${region.east}) — check the coordinates; copy them from a map of the place`,
  };
}

// ——— phone numbers ———

function countryOf(site: unknown): CountryCode | undefined {
  const country = isRecord(site) && isRecord(site.region) ? site.region.country : undefined;
  return typeof country === 'string' && isSupportedCountry(country) ? country : undefined;
}

/** Short codes such as 988, 211 or 741741 are dialled as they are, with no separators. */
const SHORT_CODE = /^\d{3,6}$/;

/** Phone numbers that cannot be numbers in the site's country: a digit missing or extra. */
export function impossiblePhoneNumbers(
  files: readonly LoadedFile[],
  country: CountryCode | undefined,
): CrossFileIssue[] {
  if (!country) return [];
  const issues: CrossFileIssue[] = [];
  for (const file of files) {
    for (const { path, value } of phoneFields(file)) {
      const message = phoneProblem(value, country);
      if (message) issues.push({ file: file.file, path, anchor: 'value', message });
    }
  }
  return issues;
}

/**
 * What is wrong with a phone number for a country, or undefined if it could be a number there.
 * "Possible" (the right length) rather than "valid" (an assigned range): it never refuses a real number
 * because the library's list of ranges is out of date, and it accepts the fictional 555-01xx numbers.
 */
export function phoneProblem(value: unknown, country: CountryCode): string | undefined {
  if (typeof value !== 'string' || !PhoneNumberSchema.safeParse(value).success) return undefined;
  const number = value.trim();
  if (SHORT_CODE.test(number) || isPossiblePhoneNumber(number, country)) return undefined;
  switch (validatePhoneNumberLength(number, country)) {
    case 'TOO_SHORT':
      return `is too short for a phone number in ${country} — check for a missing digit; include the area code, like (312) 555-0142, and write short codes like 988 without spaces`;
    case 'TOO_LONG':
      return `is too long for a phone number in ${country} — check for an extra digit`;
    default:
      return `is not a possible phone number in ${country} — check the digits; for a number in another country, start with + and its country code`;
  }
}

function phoneFields(file: LoadedFile): { path: PropertyKey[]; value: unknown }[] {
  const data = file.data;
  const fields: { path: PropertyKey[]; value: unknown }[] = [];
  const list = (key: string, inner: string[]) => {
    if (!isRecord(data) || !Array.isArray(data[key])) return;
    data[key].forEach((item: unknown, index: number) => {
      if (!isRecord(item)) return;
      for (const name of inner)
        if (name in item) fields.push({ path: [key, index, name], value: item[name] });
    });
  };
  const nested = (key: string, name: string) => {
    if (isRecord(data) && isRecord(data[key]) && name in data[key]) {
      fields.push({ path: [key, name], value: data[key][name] });
    }
  };
  switch (file.collection) {
    case 'site':
      list('crisis_lines', ['phone', 'sms']);
      break;
    case 'groups':
      nested('contact', 'phone');
      nested('online', 'phone');
      break;
    case 'services':
    case 'organizations':
      list('phones', ['number']);
      break;
    default:
      break;
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
