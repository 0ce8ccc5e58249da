import { compareDirectories, type EntryChange } from '../directory/compare-directories.ts';
import type { Directory, PublicEntry } from '../directory/types.ts';
import { type EntryFields, entryFields, placeWords } from './entry-fields.ts';

/**
 * What a pull request does to the site, for its reviewer: each entry added, changed (field by field, old
 * → new), renamed or removed, and the changes a reviewer must not miss — a private place that becomes a
 * street address, a street written into free text, a status change, a new page address.
 */

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface EntryReview {
  kind: PublicEntry['kind'];
  id: string;
  name: string;
  source: string;
  url: string;
  /** For an added entry, every field; for a changed one, the fields that differ. */
  fields: FieldChange[];
  /** For a renamed entry, its old id and page address. */
  renamedFrom?: { id: string; url: string; source: string };
}

export interface Flag {
  entry: string;
  source: string;
  message: string;
}

export interface Review {
  added: EntryReview[];
  changed: EntryReview[];
  renamed: EntryReview[];
  removed: EntryReview[];
  /** Privacy: loud, and first. */
  privacy: Flag[];
  /** Other changes to look at twice: status, page addresses. */
  notable: Flag[];
  /** The areas of every entry touched, before and after, for "area: …" labels. */
  areas: string[];
}

/** One view per language, the site's main language first. */
export type Views = { main: Directory; others: Directory[] };

export function reviewChanges(before: Views, after: Views): Review {
  const changes = compareDirectories(before.main, after.main);
  const find = (views: Views, change: EntryChange) =>
    [...views.main.groups, ...views.main.services].find(
      (entry) => entry.kind === change.kind && entry.id === change.id,
    );
  const review: Review = {
    added: [],
    changed: [],
    renamed: [],
    removed: [],
    privacy: [],
    notable: [],
    areas: [],
  };
  const areas = new Set<string>();
  const touch = (entry: PublicEntry | undefined) => {
    if (entry?.location.area) areas.add(entry.location.area.id);
  };

  const removed = changes.removed.map((change) => find(before, change)).filter(isEntry);
  const added = changes.added.map((change) => find(after, change)).filter(isEntry);
  for (const entry of added) {
    touch(entry);
    const old = removed.find((candidate) => sameEntry(candidate, entry));
    if (old) {
      removed.splice(removed.indexOf(old), 1);
      const fields = differences(old, entry, before, after).filter((field) => field.field !== 'Page address');
      review.renamed.push({
        ...base(entry),
        fields,
        renamedFrom: { id: old.id, url: old.url, source: old.source },
      });
      review.notable.push({
        entry: entry.name,
        source: entry.source,
        message: `is renamed: its page moves from ${old.url} to ${entry.url}, so links and printed QR codes to the old address stop working`,
      });
      flagPrivacy(old, entry, before, after, review.privacy);
      continue;
    }
    review.added.push({
      ...base(entry),
      fields: [...fieldsOf(entry, after.main)].map(([field, value]) => ({ field, after: value })),
    });
    flagPrivacy(undefined, entry, before, after, review.privacy);
  }
  for (const change of changes.changed) {
    const old = find(before, change);
    const now = find(after, change);
    if (!old || !now) continue;
    touch(old);
    touch(now);
    const fields = differences(old, now, before, after);
    if (fields.length === 0) continue;
    review.changed.push({ ...base(now), fields });
    if (old.status !== now.status)
      review.notable.push({
        entry: now.name,
        source: now.source,
        message: `changes status: ${old.status} → ${now.status}`,
      });
    flagPrivacy(old, now, before, after, review.privacy);
  }
  for (const entry of removed) {
    touch(entry);
    review.removed.push({ ...base(entry), fields: [] });
  }
  review.areas = [...areas].sort();
  return review;
}

const isEntry = (entry: PublicEntry | undefined): entry is PublicEntry => entry !== undefined;

const base = (entry: PublicEntry) => ({
  kind: entry.kind,
  id: entry.id,
  name: entry.name,
  source: entry.source,
  url: entry.url,
});

/** A file renamed (moved) keeps its entry: same kind, and the same name or the same description. */
function sameEntry(a: PublicEntry, b: PublicEntry): boolean {
  return a.kind === b.kind && (a.name === b.name || a.description.join('\n') === b.description.join('\n'));
}

function fieldsOf(entry: PublicEntry, directory: Directory): EntryFields {
  return entryFields(entry, directory);
}

/** The fields that read differently, in the main language, then other languages' own texts. */
function differences(old: PublicEntry, now: PublicEntry, before: Views, after: Views): FieldChange[] {
  const changes = compareFields(fieldsOf(old, before.main), fieldsOf(now, after.main));
  after.others.forEach((view, index) => {
    const previous = before.others[index];
    const translated = (directory: Directory | undefined, entry: PublicEntry) =>
      directory &&
      [...directory.groups, ...directory.services].find((e) => e.kind === entry.kind && e.id === entry.id);
    const a = translated(previous, old);
    const b = translated(view, now);
    if (!a || !b || !previous) return;
    // Only the texts written in this language: everything else is the main language's, already shown.
    const own = (entry: PublicEntry, fields: EntryFields) =>
      new Map(
        [...fields].filter(([field]) => TEXT_FIELDS.has(field) && isWrittenIn(entry, field, view.lang)),
      );
    for (const change of compareFields(own(a, fieldsOf(a, previous)), own(b, fieldsOf(b, view))))
      changes.push({ ...change, field: `${change.field} (${view.lang})` });
  });
  return changes;
}

const TEXT_FIELDS = new Set(['Summary', 'Description', 'Content note', 'Notice']);
const TEXT_LANG: Record<string, keyof PublicEntry['textLang']> = {
  Summary: 'summary',
  Description: 'description',
  'Content note': 'contentWarning',
  Notice: 'alert',
};

function isWrittenIn(entry: PublicEntry, field: string, lang: string): boolean {
  const key = TEXT_LANG[field];
  return key !== undefined && entry.textLang[key] === lang;
}

function compareFields(before: EntryFields, after: EntryFields): FieldChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names.flatMap((field): FieldChange[] => {
    const a = before.get(field);
    const b = after.get(field);
    if (a === b) return [];
    return [{ field, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) }];
  });
}

/**
 * A street address, as written in free text: "1200 W Broadway", "27 Willow Lane", "Calle 26 #12".
 * Street words in English and Spanish; numbers alone (a room, a year) are not streets.
 */
const STREET =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){0,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Ter|Terrace|Hwy|Highway|Broadway|Sq|Square|Row|Close|Crescent)\b\.?|\b(?:calle|avenida|av\.|carrera|camino)\s+[\w ]{1,30}\s#?\d{1,5}\b/i;

/** The free texts of an entry (summary, description, directions, notes, notices…) as one view shows them. */
function freeTexts(entry: PublicEntry): string[] {
  const texts = [
    entry.summary,
    ...entry.description,
    ...entry.descriptionElsewhere.flatMap((version) => version.paragraphs),
    entry.contentWarning,
    entry.alert,
    entry.accessibilityNotes,
    'directions' in entry.location ? entry.location.directions : undefined,
  ];
  if (entry.kind === 'group') texts.push(entry.online?.notes, entry.contact?.role, ...entry.newcomers);
  else texts.push(entry.hoursNotes, ...entry.eligibility);
  return texts.filter((text): text is string => typeof text === 'string');
}

function flagPrivacy(
  old: PublicEntry | undefined,
  now: PublicEntry,
  before: Views,
  after: Views,
  flags: Flag[],
): void {
  const flag = (message: string) => flags.push({ entry: now.name, source: now.source, message });
  const was = old?.location.kind;
  if (now.location.kind === 'address' && was !== undefined && was !== 'address')
    flag(
      `**changes from a private place to a street address**: ${placeWords(old?.location ?? now.location)} → ${placeWords(now.location)}. Publish a street only for a public venue that agreed to be shown.`,
    );
  if (now.location.kind === 'address' && old === undefined)
    flag(
      `publishes a street address: ${placeWords(now.location)}. Check it is a public venue that agreed to be shown.`,
    );
  const streets = (entry: PublicEntry | undefined, views: Views) =>
    entry
      ? [views.main, ...views.others].flatMap((view) => {
          const translated = [...view.groups, ...view.services].find(
            (e) => e.kind === entry.kind && e.id === entry.id,
          );
          return translated
            ? freeTexts(translated).flatMap((text) => text.match(new RegExp(STREET, 'gi')) ?? [])
            : [];
        })
      : [];
  const known = new Set(streets(old, before));
  const fresh = [...new Set(streets(now, after))].filter((street) => !known.has(street));
  for (const street of fresh)
    flag(
      `**writes a street into its text**: "${street}". If this is where a private group meets, remove it: text is published as written${now.location.kind === 'address' ? '' : `, and this entry's place is ${placeWords(now.location)}`}.`,
    );
}
