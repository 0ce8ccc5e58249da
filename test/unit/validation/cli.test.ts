import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// vitest runs on Node 24, which runs the TypeScript script as it is.
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
  });

describe('npm run validate', () => {
  it('prints the problems, a summary, annotations and a job summary on GitHub, and exits 1', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'circles-summary-'));
    const summary = path.join(folder, 'summary.md');
    try {
      const result = run(['--root', 'test/fixtures/broken'], {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summary,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      const lines = result.stdout.trim().split('\n');
      expect(lines).toContain(
        'test/fixtures/broken/groups/unknown-key.yaml:27:1  newcomer  is not a field here — did you mean `newcomers`?',
      );
      expect(lines).toContain(
        '::error file=test/fixtures/broken/groups/unknown-key.yaml,line=27,col=1,title=newcomer::is not a field here — did you mean `newcomers`?',
      );
      const count = lines.filter((line) => line.startsWith('::error ')).length;
      expect(count).toBeGreaterThan(40);
      expect(lines.find((line) => / problems? in \d+ files?$/.test(line))).toMatch(
        new RegExp(`^${count} problems in `),
      );
      const table = await readFile(summary, 'utf8');
      expect(table).toContain('| File | Line | Field | Problem |');
      expect(table.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(count);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('exits 0 over valid content, with no annotations off GitHub', () => {
    const result = run([], { CIRCLES_CONTENT_DIR: 'test/fixtures/basic' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'Content is valid: 10 groups, 4 services, 2 organizations, 3 topics, 3 areas, 2 guides and 4 pages checked.\n',
    );
  });

  it('explains a missing content folder without a stack trace', () => {
    const result = run(['--root', 'no-such-folder']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'no-such-folder is not a folder — run this from the repository root, or pass --root with the content folder\n',
    );
  });
});
