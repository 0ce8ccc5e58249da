import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/stale.ts', '--root', 'test/fixtures/basic', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CIRCLES_TODAY: '2026-11-26' },
  });

describe('npm run stale', () => {
  it("lists entries not verified within the site's threshold (12 months), under their area", () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '1 entry was last verified over 12 months before 2026-11-26.',
      '',
      'Old Market (1)',
      '  2024-01-10  group    Old Market Bereavement Café  test/fixtures/basic/groups/old-market-bereavement-cafe.yaml',
      '',
    ]);
  });

  it('writes Markdown for the tracking issue: one list per area, a box to claim each entry, its "Still correct" form and edit link', () => {
    const markdown = run('--months', '4', '--markdown').stdout;
    expect(markdown).toContain('4 entries were last verified over 4 months before 2026-11-26.');
    const northgate = markdown.slice(
      markdown.indexOf('### Northgate (2)'),
      markdown.indexOf('### Old Market'),
    );
    expect(northgate.indexOf('Northgate legal clinic')).toBeLessThan(
      northgate.indexOf('Northgate Hearing Voices'),
    );
    const line = markdown.split('\n').find((l) => l.includes('Riverside Grief Group')) ?? '';
    expect(line).toMatch(
      /^- \[ \] \*\*\[Riverside Grief Group\]\(https:\/\/lakeside-circles\.example\.org\/groups\/riverside-grief-group\/\)\*\* \(group\) — last checked 2026-07-21/,
    );
    const still = new URL(/\[Still correct\]\(([^)]+)\)/.exec(line)?.[1] ?? '');
    expect(still.searchParams.get('template')).toBe('still-correct.yml');
    expect(still.searchParams.get('entry')).toBe('riverside-grief-group');
    expect(line).toContain(
      '[Edit](https://github.com/example/circles-lakeside/edit/main/test/fixtures/basic/groups/riverside-grief-group.yaml)',
    );
  });

  it('keeps the boxes volunteers ticked last month', async () => {
    const last = run('--months', '4', '--markdown').stdout.replace(
      '- [ ] **[Riverside Grief Group]',
      '- [x] **[Riverside Grief Group]',
    );
    const file = path.join(tmpdir(), `circles-stale-${process.pid}.md`);
    await writeFile(file, last);
    try {
      const lines = run('--months', '4', '--markdown', '--claimed', file).stdout.split('\n');
      expect(lines.filter((l) => l.startsWith('- [x]')).map((l) => /\[([^\]]+)\]\(/.exec(l)?.[1])).toEqual([
        'Riverside Grief Group',
      ]);
    } finally {
      await rm(file);
    }
  });

  it('refuses a threshold that is not a whole number of months', () => {
    const result = run('--months', 'twelve');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--months must be a whole number of months');
  });
});
