import type { GroupData } from '../schemas/group.ts';
import type { ServiceData } from '../schemas/service.ts';

/** The collections an entry can point at, and the ids each holds. */
export interface KnownIds {
  topics: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
}

export type EntryRef =
  | { collection: 'groups'; id: string; data: GroupData }
  | { collection: 'services'; id: string; data: ServiceData };

/** One reference that points at nothing: which entry, which field, what it named, and where it looked. */
export interface BrokenReference {
  collection: EntryRef['collection'];
  id: string;
  /** Field path inside the entry, such as `topics.1` or `location.area`. */
  field: (string | number)[];
  missing: string;
  target: keyof KnownIds;
}

/**
 * Every reference from groups and services to topics, areas and organisations that does not resolve.
 * Shared by the validator (which reports them with line numbers) and the content loader (which refuses
 * to build), so both agree on what a dangling reference is.
 */
export function findBrokenReferences(known: KnownIds, entries: readonly EntryRef[]): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    const check = (target: keyof KnownIds, value: string | undefined, field: (string | number)[]) => {
      if (value !== undefined && !known[target].has(value)) {
        broken.push({ collection: entry.collection, id: entry.id, field, missing: value, target });
      }
    };
    entry.data.topics.forEach((topic, index) => {
      check('topics', topic, ['topics', index]);
    });
    check('areas', entry.data.location?.area, ['location', 'area']);
    check('organizations', entry.data.organization, ['organization']);
  }
  return broken;
}
