import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../../src/lib/contribute/issue-body.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

let root: string;
const run = (body: string) =>
  spawnSync(process.execPath, ['scripts/from-issue.ts', body, '--root', root], { encoding: 'utf8' });

let remove: () => Promise<void>;
beforeEach(async () => {
  ({ root, remove } = await copyFixtureContent());
});
afterEach(() => remove());

describe('npm run from-issue', () => {
  it('turns a submitted "Add a group" form into a group file that passes validation', async () => {
    const result = run('test/fixtures/issues/add-group.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = await readFile(path.join(root, 'groups/riverside-widows-and-widowers.yaml'), 'utf8');
    expect(text).toContain('area: riverside'); // "Riverside" as written, matched to the area's id
    expect(text).toContain('- grief'); // "Grief and loss", matched to the topic's id
    expect(text).toContain('byday: TH');
    expect(text).not.toContain('I go to this group'); // how the reporter knows is not published
    expect((await validateContent(root)).problems).toEqual([]);
  });

  it('lists exactly what is missing instead of writing a half-made file', async () => {
    const result = run('test/fixtures/issues/add-group-incomplete.md');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This issue cannot become a group file yet. Ask for, or fix:');
    expect(result.stderr).toContain('  - Day: no answer — ask which day it meets');
    expect(result.stderr).toContain(
      '  - Area: "Lakeside" is not on the site — use one of Northgate, Riverside, Old Market',
    );
    expect(result.stderr).toContain('  - Map position: a public venue needs its latitude and longitude');
    expect((await validateContent(root)).checked.groups).toBe(6);
  });

  it('says plainly when the text is not a submitted form, or a heading was edited', async () => {
    expect(run('test/fixtures/issues/not-a-form.md').stderr).toContain(
      'The issue body has no "### " headings, so it is not a submitted issue form',
    );
    const edited = path.join(root, 'edited.md');
    const body = await readFile('test/fixtures/issues/add-group.md', 'utf8');
    await writeFile(edited, body.replace('### Start time', '### When it starts'));
    expect(run(edited).stderr).toContain(
      'has "### When it starts", which the form "Add a group" does not ask',
    );
    expect(run(path.join(root, 'missing.md')).stderr).toContain('could not be read');
  });

  it('refuses to overwrite a group that already exists', async () => {
    expect(run('test/fixtures/issues/add-group.md').status).toBe(0);
    const again = run('test/fixtures/issues/add-group.md');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists, so it was left alone');
  });

  it('reads "_No response_" as no answer and a repeated heading as a mistake', () => {
    const answers = parseIssueBody('### Name\r\n\r\nCircle\r\n\r\n### Website\n\n_No response_\n');
    expect([...answers]).toEqual([
      ['Name', 'Circle'],
      ['Website', undefined],
    ]);
    expect(() => parseIssueBody('### Name\n\nA\n\n### Name\n\nB')).toThrow(
      'has the heading "### Name" twice',
    );
  });
});
