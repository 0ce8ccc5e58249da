import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { compareDirectories } from '../../../src/lib/directory/compare-directories.ts';
import { readContentFolder } from '../../../src/lib/directory/read-content-folder.ts';

const TODAY = '2026-11-26';
const directoryOf = async (folder: string) => buildDirectory(await readContentFolder(folder), TODAY);

describe('the pull request summary', () => {
  it('lists the entries a change adds, changes and removes, not the YAML lines it touches', async () => {
    const changes = compareDirectories(
      await directoryOf('test/fixtures/pr-base'),
      await directoryOf('test/fixtures/pr-head'),
    );
    expect(changes).toEqual({
      added: [
        {
          kind: 'group',
          id: 'northgate-hearing-voices',
          name: 'Northgate Hearing Voices Group',
          source: 'test/fixtures/pr-head/groups/northgate-hearing-voices.yaml',
          fields: [],
        },
      ],
      // online-mood-support was reformatted and given a comment: the site looks the same, so it is not listed.
      changed: [
        {
          kind: 'group',
          id: 'riverside-grief-group',
          name: 'Riverside Grief Group',
          source: 'test/fixtures/pr-head/groups/riverside-grief-group.yaml',
          fields: ['meetings'],
        },
      ],
      removed: [
        {
          kind: 'group',
          id: 'positive-living-circle',
          name: 'Positive Living Circle',
          source: 'test/fixtures/pr-base/groups/positive-living-circle.yaml',
          fields: [],
        },
      ],
    });
  });

  it('writes a table for the reviewer to the job summary and says nothing changed when nothing did', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'circles-pr-summary-'));
    const summary = path.join(folder, 'summary.md');
    const run = (base: string, head: string) =>
      spawnSync(process.execPath, ['scripts/pr-summary.ts', '--base', base, '--head', head], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: summary, CIRCLES_TODAY: TODAY },
      });
    try {
      const changed = run('test/fixtures/pr-base', 'test/fixtures/pr-head');
      expect(changed.status).toBe(0);
      expect(changed.stdout).toContain('~ group riverside-grief-group  Riverside Grief Group  (meetings)');
      expect(changed.stdout).toContain('1 added, 1 changed, 1 removed');
      const table = await readFile(summary, 'utf8');
      expect(table).toContain('### Removed (1)');
      expect(table).toContain(
        '| Riverside Grief Group (`riverside-grief-group`) | group | `test/fixtures/pr-head/groups/riverside-grief-group.yaml` | meetings |',
      );

      const same = run('test/fixtures/basic', 'test/fixtures/basic');
      expect(same.stdout.trim()).toBe('0 added, 0 changed, 0 removed');
      expect(await readFile(summary, 'utf8')).toContain('No group or service looks different on the site.');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says which folder is invalid instead of comparing broken content', () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/pr-summary.ts', '--base', 'test/fixtures/basic', '--head', 'test/fixtures/broken'],
      { encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/test\/fixtures\/broken\/.* is not valid — run npm run validate/);
  });
});
