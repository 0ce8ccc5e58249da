import { access, copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportContext, ImportDrafts } from './draft.ts';
import { formatImportReport } from './format-report.ts';
import { importContext } from './import-context.ts';
import { slugOf } from './slug-ids.ts';
import { tellApart } from './tell-apart.ts';
import { applyPlan, checkPlan } from './write/check-plan.ts';
import { existingEntries } from './write/existing-entries.ts';
import { type ImportPlan, planImport } from './write/plan-import.ts';

export type ImportFormat = 'meeting-guide' | 'sheet' | 'hsds';

export interface ImportRequest {
  format: ImportFormat;
  input: string;
  /** The content folder whose settings and lists an empty `out` starts from. */
  root: string;
  /** Where to write; `root` when not given. */
  out?: string;
  source?: string;
  update: boolean;
  dryRun: boolean;
  today: string;
  topic: string;
  category: string;
  /** Reads the input into drafts; each format has its own. */
  read: (input: string, ctx: ImportContext) => Promise<ImportDrafts>;
}

export interface ImportResult {
  plan: ImportPlan;
  report: string;
  source: string;
  /** Problems the validator found in files the import does not write (the folder's own). */
  folderProblems: number;
}

const LISTS = ['site.yaml', 'topics.yaml', 'areas.yaml'];
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** A folder to write into that validates on its own: site.yaml and the lists copied from `root` if missing. */
async function prepareTarget(target: string, root: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const name of LISTS)
    if (!(await exists(path.join(target, name))))
      await copyFile(path.join(root, name), path.join(target, name));
}

/** An area's label by its id, for the areas of the folder and those the import adds. */
function areaLabels(ctx: ImportContext, drafts: ImportDrafts): (id: string) => string {
  const labels = new Map<string, string>(drafts.areas.map((area) => [area.id, area.label]));
  for (const area of ctx.areas)
    labels.set(
      area.id,
      typeof area.label === 'string' ? area.label : (Object.values(area.label)[0] ?? area.id),
    );
  return (id) => labels.get(id) ?? id;
}

/** The source's default name: the format and the input's file name, so one file's re-imports match. */
export function defaultSource(format: ImportFormat, input: string): string {
  const base = path.basename(input.replace(/[?#].*$/, '')).replace(/\.[a-z0-9]+$/i, '');
  return `${format}-${slugOf(base) || 'import'}`;
}

/** Reads, plans, validates and (unless a dry run) writes one import; returns what happened, in words. */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  const out = request.out ?? request.root;
  const source = request.source ?? defaultSource(request.format, request.input);
  // A dry run must not write even the settings an empty folder would get: it works on a copy.
  const scratch = request.dryRun ? await mkdtemp(path.join(tmpdir(), 'circles-dry-run-')) : undefined;
  try {
    if (scratch && (await exists(out))) await cp(out, scratch, { recursive: true });
    const target = scratch ?? out;
    await prepareTarget(target, request.root);
    const ctx = await importContext(target, request);
    const drafts = await request.read(request.input, ctx);
    tellApart(drafts.drafts, areaLabels(ctx, drafts));
    const planned = planImport(drafts, await existingEntries(target), {
      source,
      update: request.update,
      today: request.today,
    });
    const { plan, folderProblems } = await checkPlan(target, planned, source);
    if (!scratch) await applyPlan(target, plan, source);
    const heading = `${request.format} import of ${request.input} into ${out} (source: ${source})${request.dryRun ? ' — dry run, nothing written' : ''}`;
    return {
      plan,
      report: formatImportReport(plan, heading, request.dryRun),
      source,
      folderProblems: folderProblems.length,
    };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
