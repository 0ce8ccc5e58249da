import { dataOf, editedYaml, newEntryYaml } from '../../contribute/edit-yaml.ts';
import type { Draft, EntryCollection, ImportDrafts, NewArea, NewTopic, Rejected } from '../draft.ts';
import { IdAllocator } from '../slug-ids.ts';
import type { ExistingEntry } from './existing-entries.ts';
import { fingerprint } from './fingerprint.ts';

export interface PlanOptions {
  /** The source's name, recorded in every entry (`imported.source`). */
  source: string;
  /** Rewrite entries this source wrote before (unless edited by hand since) and close those it dropped. */
  update: boolean;
  today: string;
}

/** A file the import would write, and why. */
export interface PlannedFile {
  collection: EntryCollection;
  id: string;
  /** Relative to the content folder: `groups/monday-night.yaml`. */
  path: string;
  text: string;
  action: 'add' | 'update' | 'close';
  label: string;
  notes: string[];
}

/** An entry the import leaves as it is, and why. */
export interface KeptEntry {
  path: string;
  label: string;
  reason: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  unchanged: KeptEntry[];
  conflicts: KeptEntry[];
  /** From this source before, and changed there, but --update was not given. */
  held: KeptEntry[];
  /** No longer in the source: closed with --update, listed without it. */
  gone: KeptEntry[];
  rejected: Rejected[];
  areas: NewArea[];
  topics: NewTopic[];
  notes: string[];
}

const fileOf = (collection: string, id: string) => `${collection}/${id}.yaml`;
const key = (source: string, record: string) => `${source}\u0000${record}`;

const comment = (source: string, today: string) => [
  `Imported from ${source} on ${today} (npm run import). Edit it freely: a later import of ${source}`,
  'reports your edits as a conflict instead of overwriting them. Leave the imported: block as it is.',
];

/** The entry as it will be written: its fields, then where it came from and their fingerprint. */
function withProvenance(data: Record<string, unknown>, draft: Draft, options: PlanOptions) {
  const fields = dataOf(newEntryYaml(data, []));
  return {
    ...fields,
    imported: {
      source: options.source,
      record: draft.record,
      hash: fingerprint(fields),
      date: options.today,
    },
  };
}

/** Whether an entry's fields still match the fingerprint of its last import (no hand edits since). */
export const untouched = (entry: ExistingEntry) =>
  entry.imported !== undefined && fingerprint(entry.data) === entry.imported.hash;

function assignIds(drafts: Draft[], existing: ExistingEntry[], options: PlanOptions) {
  const bySource = new Map(
    existing
      .filter((entry) => entry.imported)
      .map((entry) => [key(entry.imported?.source ?? '', entry.imported?.record ?? ''), entry]),
  );
  const allocator = new IdAllocator({});
  for (const entry of existing) allocator.reserve(entry.collection, entry.id);
  const ids = new Map<Draft, { id: string; previous?: ExistingEntry }>();
  for (const draft of drafts) {
    const previous = bySource.get(key(options.source, draft.record));
    if (previous && previous.collection === draft.collection) ids.set(draft, { id: previous.id, previous });
    else ids.set(draft, { id: allocator.allocate(draft.collection, draft.preferredId ?? draft.name) });
  }
  return ids;
}

/** The organisation reference, once the organisation's own id is known. */
function linked(draft: Draft, orgIds: Map<string, string>): Record<string, unknown> {
  if (!draft.organizationRecord) return draft.data;
  const organization = orgIds.get(draft.organizationRecord);
  const { last_verified, ...rest } = draft.data;
  return organization ? { ...rest, organization, last_verified } : draft.data;
}

function planOne(
  plan: ImportPlan,
  draft: Draft,
  data: Record<string, unknown>,
  target: { id: string; previous?: ExistingEntry },
  options: PlanOptions,
) {
  const path = fileOf(draft.collection, target.id);
  const written = withProvenance(data, draft, options);
  const { previous } = target;
  const base = { collection: draft.collection, id: target.id, path, label: draft.label, notes: draft.notes };
  if (!previous) {
    plan.files.push({
      ...base,
      action: 'add',
      text: newEntryYaml(written, comment(options.source, options.today)),
    });
    return;
  }
  const kept = { path, label: draft.label };
  if (!untouched(previous))
    plan.conflicts.push({
      ...kept,
      reason: `edited by hand since the import of ${previous.imported?.date}; kept as it is — compare it with the source and copy over what is new`,
    });
  else if (previous.imported?.hash === written.imported.hash)
    plan.unchanged.push({ ...kept, reason: 'unchanged in the source' });
  else if (!options.update)
    plan.held.push({ ...kept, reason: 'changed in the source — run again with --update to rewrite it' });
  else plan.files.push({ ...base, action: 'update', text: editedYaml(previous.text, written) });
}

/** An entry the source no longer lists: marked closed (never deleted), unless someone has edited it. */
function planGone(plan: ImportPlan, entry: ExistingEntry, options: PlanOptions) {
  const path = fileOf(entry.collection, entry.id);
  const label = `"${String(entry.data.name ?? entry.id)}"`;
  if (entry.data.status === 'closed' || entry.collection === 'organizations') return;
  if (!options.update) {
    plan.gone.push({
      path,
      label,
      reason: `no longer in ${options.source} — run with --update to mark it closed`,
    });
    return;
  }
  if (!untouched(entry)) {
    plan.conflicts.push({
      path,
      label,
      reason: `no longer in ${options.source}, but edited by hand since its import; kept as it is — close or delete it yourself`,
    });
    return;
  }
  const fields = {
    ...entry.data,
    status: 'closed',
    alert: `No longer listed by ${options.source} since ${options.today} — check with the organisers.`,
  };
  const imported = { ...entry.imported, hash: fingerprint(fields), date: options.today };
  plan.gone.push({ path, label, reason: `no longer in ${options.source}; marked closed` });
  plan.files.push({
    collection: entry.collection,
    id: entry.id,
    path,
    label,
    notes: [],
    action: 'close',
    text: editedYaml(entry.text, { ...fields, imported }),
  });
}

/** What importing the drafts into a folder with these entries would write, keep and report. */
export function planImport(
  drafts: ImportDrafts,
  existing: ExistingEntry[],
  options: PlanOptions,
): ImportPlan {
  const plan: ImportPlan = {
    files: [],
    unchanged: [],
    conflicts: [],
    held: [],
    gone: [],
    rejected: [...drafts.rejected],
    areas: drafts.areas,
    topics: drafts.topics,
    notes: drafts.notes,
  };
  const ids = assignIds(drafts.drafts, existing, options);
  const orgIds = new Map(
    drafts.drafts
      .filter((draft) => draft.collection === 'organizations')
      .map((draft) => [draft.record, ids.get(draft)?.id ?? '']),
  );
  for (const draft of drafts.drafts)
    planOne(plan, draft, linked(draft, orgIds), ids.get(draft) as { id: string }, options);
  const records = new Set(drafts.drafts.map((draft) => key(options.source, draft.record)));
  for (const entry of existing)
    if (entry.imported?.source === options.source && !records.has(key(options.source, entry.imported.record)))
      planGone(plan, entry, options);
  return plan;
}
