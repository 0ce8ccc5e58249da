import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Problem } from '../../validation/problem.ts';
import { formatProblem } from '../../validation/report.ts';
import { validateContent } from '../../validation/validate-content.ts';
import { listFiles } from './list-files.ts';
import type { ImportPlan } from './plan-import.ts';

/** Dropping one entry can break another (a service whose organisation was dropped): a few rounds settle it. */
const MAX_ROUNDS = 5;

async function writeAll(root: string, files: { path: string; text: string }[]) {
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    await writeFile(path.join(root, file.path), file.text);
  }
}

/**
 * Runs the validator itself over a copy of the content folder with the import written into it, and takes
 * out of the plan every file it finds a problem in, reporting the problems as the reasons. What is left
 * is what `npm run validate` accepts. Problems in files the import does not write are the folder's own.
 */
export async function checkPlan(
  root: string,
  plan: ImportPlan,
  source: string,
): Promise<{ plan: ImportPlan; folderProblems: Problem[] }> {
  const stage = await mkdtemp(path.join(tmpdir(), 'circles-import-'));
  try {
    await cp(root, stage, { recursive: true });
    await writeAll(stage, await listFiles(root, plan, source));
    let folderProblems: Problem[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await writeAll(stage, plan.files);
      const { problems } = await validateContent(stage, { cwd: stage });
      const planned = new Set(plan.files.map((file) => file.path));
      const failing = new Map<string, Problem[]>();
      for (const problem of problems)
        if (planned.has(problem.file))
          failing.set(problem.file, [...(failing.get(problem.file) ?? []), problem]);
      folderProblems = problems.filter((problem) => !planned.has(problem.file));
      if (failing.size === 0) break;
      for (const file of plan.files.filter((candidate) => failing.has(candidate.path))) {
        const reasons = (failing.get(file.path) ?? []).map((problem) =>
          formatProblem({ ...problem, file: file.path }).replace(/^\S+\s+/, ''),
        );
        plan.rejected.push({ label: `${file.label} → ${file.path}`, reasons: [...reasons, ...file.notes] });
        await rm(path.join(stage, file.path), { force: true });
      }
      plan.files = plan.files.filter((file) => !failing.has(file.path));
    }
    return { plan, folderProblems };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** Writes what the plan holds into the content folder. */
export async function applyPlan(root: string, plan: ImportPlan, source: string): Promise<void> {
  await writeAll(root, [...(await listFiles(root, plan, source)), ...plan.files]);
}
