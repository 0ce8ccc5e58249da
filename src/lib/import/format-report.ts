import { printable } from '../validation/report.ts';
import type { ImportPlan, KeptEntry, PlannedFile } from './write/plan-import.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const VERB = {
  add: ['Added', 'Would add'],
  update: ['Updated', 'Would update'],
  close: ['Marked closed', 'Would mark closed'],
} as const;

function written(files: PlannedFile[], action: PlannedFile['action'], dryRun: boolean): string[] {
  const chosen = files.filter((file) => file.action === action);
  if (chosen.length === 0) return [];
  const lines = [`${VERB[action][dryRun ? 1 : 0]} (${chosen.length}):`];
  for (const file of chosen) {
    lines.push(`  ${file.path}  ${printable(file.label)}`);
    for (const note of new Set(file.notes)) lines.push(`    - ${printable(note)}`);
  }
  return lines;
}

function kept(title: string, entries: KeptEntry[]): string[] {
  if (entries.length === 0) return [];
  return [
    `${title} (${entries.length}):`,
    ...entries.map((entry) => `  ${entry.path}  ${printable(entry.label)} — ${printable(entry.reason)}`),
  ];
}

/**
 * The import's report, one section per outcome: every record written with what could not be carried
 * over, every record not written with why, conflicts, and what the source no longer lists.
 */
export function formatImportReport(plan: ImportPlan, heading: string, dryRun: boolean): string {
  const count = (action: PlannedFile['action']) => plan.files.filter((file) => file.action === action).length;
  const summary = [
    `${count('add')} ${dryRun ? 'to add' : 'added'}`,
    `${count('update')} ${dryRun ? 'to update' : 'updated'}`,
    `${plan.unchanged.length} unchanged`,
    plural(plan.conflicts.length, 'conflict'),
    `${plan.rejected.length} not written`,
  ].join(', ');
  const lines = [heading, `  ${summary}`, ...plan.notes.map((note) => `  ${printable(note)}`), ''];
  lines.push(
    ...written(plan.files, 'add', dryRun),
    ...written(plan.files, 'update', dryRun),
    ...written(plan.files, 'close', dryRun),
  );
  lines.push(
    ...kept('Conflicts, kept as they are', plan.conflicts),
    ...kept('Changed in the source, not rewritten', plan.held),
  );
  lines.push(
    ...kept(
      'No longer in the source',
      plan.gone.filter((entry) => !entry.reason.endsWith('marked closed')),
    ),
  );
  if (plan.rejected.length > 0) {
    lines.push(`Not written (${plan.rejected.length}):`);
    for (const record of plan.rejected) {
      lines.push(`  ${printable(record.label)}`);
      for (const reason of new Set(record.reasons)) lines.push(`    - ${printable(reason)}`);
    }
  }
  if (plan.areas.length > 0)
    lines.push(
      `New areas in areas.yaml: ${plan.areas.map((area) => area.id).join(', ')} — check each centre`,
    );
  if (plan.topics.length > 0)
    lines.push(
      `New topics in topics.yaml: ${plan.topics.map((topic) => topic.id).join(', ')} — check each label`,
    );
  return `${lines.join('\n').trimEnd()}\n`;
}
