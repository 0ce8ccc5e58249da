import type { Directory, PublicEntry } from './types.ts';

/** One entry the change adds, removes or alters, as the public sees it. */
export interface EntryChange {
  kind: PublicEntry['kind'];
  id: string;
  name: string;
  /** The file to look at: the new file, or for a removed entry the old one. */
  source: string;
  /** For a changed entry, the public fields that differ, such as `meetings` or `location`. */
  fields: string[];
}

export interface DirectoryChanges {
  added: EntryChange[];
  changed: EntryChange[];
  removed: EntryChange[];
}

/** Fields that differ between two checkouts without the public seeing any change. */
const NOT_PUBLIC = new Set(['source']);

/**
 * What a change does to the public view: entries added, changed (with the fields that differ) and
 * removed, matched by kind and id. Compares what the site shows, not YAML lines, so reformatting a file
 * or adding a comment changes nothing. Both directories should be built with the same reference date.
 */
export function compareDirectories(before: Directory, after: Directory): DirectoryChanges {
  const key = (entry: PublicEntry) => `${entry.kind}/${entry.id}`;
  const entries = (directory: Directory) =>
    new Map<string, PublicEntry>(
      [...directory.groups, ...directory.services].map((entry) => [key(entry), entry]),
    );
  const old = entries(before);
  const now = entries(after);
  const changes: DirectoryChanges = { added: [], changed: [], removed: [] };
  for (const [id, entry] of now) {
    const previous = old.get(id);
    if (!previous) changes.added.push(describe(entry));
    else {
      const fields = differingFields(previous, entry);
      if (fields.length > 0) changes.changed.push(describe(entry, fields));
    }
  }
  for (const [id, entry] of old) if (!now.has(id)) changes.removed.push(describe(entry));
  const order = (a: EntryChange, b: EntryChange) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
  for (const list of Object.values(changes)) list.sort(order);
  return changes;
}

function describe(entry: PublicEntry, fields: string[] = []): EntryChange {
  return { kind: entry.kind, id: entry.id, name: entry.name, source: entry.source, fields };
}

function differingFields(before: PublicEntry, after: PublicEntry): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => !NOT_PUBLIC.has(field) && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .sort();
}
