import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idFromName } from '../../../src/lib/contribute/entry-template.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

let root: string;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-entry.ts', ...args, '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, CIRCLES_TODAY: '2026-11-20' },
  });

let remove: () => Promise<void>;
beforeEach(async () => {
  ({ root, remove } = await copyFixtureContent());
});
afterEach(() => remove());

describe('npm run new', () => {
  it('writes a group, a service and an organization whose only problems are the placeholders to replace', async () => {
    expect(run('group', 'Compañeras del Río').status).toBe(0);
    expect(run('service', 'Free Legal Help').status).toBe(0);
    expect(run('organization', 'Helping Hands').status).toBe(0);
    const { problems } = await validateContent(root);
    expect(new Set(problems.map((problem) => path.basename(problem.file)))).toEqual(
      new Set(['companeras-del-rio.yaml', 'free-legal-help.yaml', 'helping-hands.yaml']),
    );
    for (const problem of problems) expect(problem.message).toMatch(/the template's placeholder/);
  });

  it("names the file after the group, with today's date and a schema line for the editor", async () => {
    const result = run('group', 'Compañeras del Río');
    expect(result.stdout).toContain('companeras-del-rio.yaml');
    const text = await readFile(path.join(root, 'groups/companeras-del-rio.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/group\.schema\.json\n/);
    expect(text).toContain('name: "Compañeras del Río"');
    expect(text).toContain('last_verified: 2026-11-20');
    expect(text).toContain('kind: area');
  });

  it('refuses to overwrite an entry that already has that id, and leaves it as it was', async () => {
    const file = path.join(root, 'groups/riverside-grief-group.yaml');
    const before = await readFile(file, 'utf8');
    const result = run('group', 'Riverside Grief Group');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('riverside-grief-group.yaml already exists, so it was left alone');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('explains the usage when the kind or the name is missing', () => {
    expect(run('meeting', 'X').stderr).toContain('Say what to add: group, service, organization.');
    expect(run('group').stderr).toContain('Give the name in quotes');
  });

  it('turns names into ids people can type', () => {
    expect(idFromName('  Señoras & Friends: Grief Café (Uptown) ')).toBe('senoras-friends-grief-cafe-uptown');
  });
});
