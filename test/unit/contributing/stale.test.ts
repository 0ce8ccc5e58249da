import { spawnSync } from 'node:child_process';
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

  it('takes another threshold and writes Markdown tables for the tracking issue, one per area, oldest first', () => {
    const markdown = run('--months', '4', '--markdown').stdout;
    expect(markdown).toContain('4 entries were last verified over 4 months before 2026-11-26.');
    const northgate = markdown.slice(
      markdown.indexOf('### Northgate (2)'),
      markdown.indexOf('### Old Market'),
    );
    expect(northgate.indexOf('Northgate legal clinic')).toBeLessThan(
      northgate.indexOf('Northgate Hearing Voices'),
    );
    expect(markdown).toContain(
      '| [Riverside Grief Group](https://lakeside-circles.example.org/groups/riverside-grief-group/) | group | 2026-07-21 | `test/fixtures/basic/groups/riverside-grief-group.yaml` |',
    );
  });

  it('refuses a threshold that is not a whole number of months', () => {
    const result = run('--months', 'twelve');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--months must be a whole number of months');
  });
});
