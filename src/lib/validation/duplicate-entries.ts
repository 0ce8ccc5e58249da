import { comparable } from '../text.ts';
import type { CrossFileIssue, LoadedFile } from './cross-file-rules.ts';

/**
 * Entries that are the same group or service twice: an issue form filed for a group already listed, or
 * an existing file copied with only its name changed. Several groups may share a venue, so a shared
 * address alone is no duplicate; the same address at the same time is (for services: offering the same
 * kind of help). Each file of a pair is reported,
 * naming the other, as duplicate ids are.
 */

type Entry = { file: string; kind: 'group' | 'service'; data: Record<string, unknown> };

/** Descriptions shorter than this may well be shared ("A weekly peer group."). */
const MIN_COPIED_DESCRIPTION = 60;

export function duplicateEntries(files: readonly LoadedFile[]): CrossFileIssue[] {
  const entries = files.flatMap((file): Entry[] =>
    (file.collection === 'groups' || file.collection === 'services') && isRecord(file.data)
      ? [{ file: file.file, kind: file.collection === 'groups' ? 'group' : 'service', data: file.data }]
      : [],
  );
  // One problem per file and field: the first file of many copies names only the first copy.
  const reported = new Set<string>();
  return [...sameName(entries), ...samePlaceAndTime(entries), ...copiedDescription(entries)].filter(
    (issue) => {
      const key = `${issue.file} ${issue.path.map(String).join('.')}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    },
  );
}

/**
 * Pairs of entries of one kind that share a key (each pair once, in file order) and for which `same`
 * holds. Only entries sharing a key are compared, so 10,000 entries cost 10,000 lookups, not 50 million
 * comparisons.
 */
function pairs(
  entries: Entry[],
  keysOf: (entry: Entry) => (string | undefined)[],
  same: (a: Entry, b: Entry) => boolean = () => true,
): [Entry, Entry][] {
  const buckets = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const key of new Set(keysOf(entry))) {
      if (key === undefined) continue;
      const bucket = `${entry.kind} ${key}`;
      const indexes = buckets.get(bucket);
      if (indexes) indexes.push(index);
      else buckets.set(bucket, [index]);
    }
  });
  // Each entry is paired with the first earlier one it matches: a file copied 500 times gives 500
  // problems, not 125,000.
  const seen = new Set<string>();
  const found: [number, number][] = [];
  for (const indexes of buckets.values())
    indexes.forEach((b, at) => {
      const second = entries[b];
      const a = indexes.slice(0, at).find((earlier) => {
        const first = entries[earlier];
        return first !== undefined && second !== undefined && same(first, second);
      });
      if (a === undefined || seen.has(`${a} ${b}`)) return;
      seen.add(`${a} ${b}`);
      found.push([a, b]);
    });
  found.sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2);
  return found.map(([a, b]) => [entries[a], entries[b]] as [Entry, Entry]);
}

/** Both files of each pair, each naming the other. */
function bothWays(
  found: [Entry, Entry][],
  path: PropertyKey[],
  message: (other: Entry) => string,
): CrossFileIssue[] {
  return found.flatMap(([a, b]) =>
    [
      [a, b],
      [b, a],
    ].map(([entry, other]) => ({
      file: (entry as Entry).file,
      path,
      anchor: 'value' as const,
      message: message(other as Entry),
    })),
  );
}

const nameKey = (entry: Entry) =>
  typeof entry.data.name === 'string' ? comparable(entry.data.name).replace(/^the /, '') : undefined;

function sameName(entries: Entry[]): CrossFileIssue[] {
  const found = pairs(entries, (entry) => [nameKey(entry)]);
  return bothWays(
    found,
    ['name'],
    (other) =>
      `is also the name of ${other.file} — if this is the same ${other.kind}, change that file instead and delete this one; if it is another ${other.kind}, add what tells them apart, such as the area or the day`,
  );
}

/** The street address of a public venue, compared without case, punctuation or the suite line. */
function streetOf(entry: Entry): string | undefined {
  const location = entry.data.location;
  if (!isRecord(location) || location.kind !== 'address') return undefined;
  const { address_1: street, city } = location;
  if (typeof street !== 'string' || typeof city !== 'string') return undefined;
  return comparable(`${street} ${city}`);
}

const timesCache = new WeakMap<Entry, ReturnType<typeof readTimes>>();
/** Weekday codes and HH:MM ranges of a group's meetings or a service's hours, read once per entry. */
function timesOf(entry: Entry) {
  let times = timesCache.get(entry);
  if (!times) {
    times = readTimes(entry);
    timesCache.set(entry, times);
  }
  return times;
}

/** Weekday codes and HH:MM ranges of a group's meetings or a service's hours, as written. */
function readTimes(entry: Entry): { days: Set<string>; opens: string; closes: string }[] {
  const rules = entry.kind === 'group' ? entry.data.meetings : entry.data.hours;
  if (!Array.isArray(rules)) return [];
  return rules.filter(isRecord).flatMap((rule) => {
    const days = Array.isArray(rule.byday) ? rule.byday : [rule.byday];
    const { opens_at: opens, closes_at: closes } = rule;
    if (typeof opens !== 'string' || typeof closes !== 'string') return [];
    const codes = days.filter((day): day is string => typeof day === 'string').map((day) => day.slice(-2));
    return [{ days: new Set(codes.map((code) => code.toUpperCase())), opens, closes }];
  });
}

/** Services in one building are alike only when they offer the same kind of help. */
function shareCategory(a: Entry, b: Entry): boolean {
  if (a.kind === 'group') return true;
  const categories = (entry: Entry) => (Array.isArray(entry.data.categories) ? entry.data.categories : []);
  return categories(a).some((category) => categories(b).includes(category));
}

function meetTogether(a: Entry, b: Entry): boolean {
  return timesOf(a).some((x) =>
    timesOf(b).some(
      (y) => [...x.days].some((day) => y.days.has(day)) && x.opens < y.closes && y.opens < x.closes,
    ),
  );
}

function samePlaceAndTime(entries: Entry[]): CrossFileIssue[] {
  const found = pairs(
    entries,
    (entry) => [streetOf(entry)],
    (a, b) =>
      nameKey(a) !== nameKey(b) && // already reported as the same name
      shareCategory(a, b) &&
      meetTogether(a, b),
  );
  return bothWays(
    found,
    ['location', 'address_1'],
    (other) =>
      `is the address of ${other.file}, which ${other.kind === 'group' ? 'meets' : 'is open'} there at the same time — if this is the same ${other.kind}, change that file instead and delete this one; if not, check the address and the times`,
  );
}

/** Each language's description, comparable, when long enough to be someone's own words. */
function descriptionsOf(entry: Entry): string[] {
  const description = entry.data.description;
  const texts =
    typeof description === 'string' ? [description] : isRecord(description) ? Object.values(description) : [];
  return texts
    .filter((text): text is string => typeof text === 'string')
    .map(comparable)
    .filter((text) => text.length >= MIN_COPIED_DESCRIPTION);
}

function copiedDescription(entries: Entry[]): CrossFileIssue[] {
  const found = pairs(entries, descriptionsOf, (a, b) => nameKey(a) !== nameKey(b));
  return bothWays(
    found,
    ['description'],
    (other) =>
      `is the same as the description in ${other.file} — a copied file keeps the other ${other.kind}'s words: write this ${other.kind}'s own description (or, if it is the same ${other.kind}, keep only one file)`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
