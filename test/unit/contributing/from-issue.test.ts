import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { convertIssue } from '../../../src/lib/contribute/convert-issue.ts';
import { parseIssueBody } from '../../../src/lib/contribute/issue-body.ts';
import {
  FORM_FILES,
  type FormPurpose,
  type IssueForm,
  readIssueForm,
} from '../../../src/lib/contribute/issue-forms.ts';
import { readContentFolder } from '../../../src/lib/directory/read-content-folder.ts';
import { formatProblem } from '../../../src/lib/validation/report.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

const CORPUS = 'test/fixtures/issues/corpus';

let root: string;
let remove: () => Promise<void>;
let forms: IssueForm[];
beforeAll(async () => {
  forms = await Promise.all(
    (Object.entries(FORM_FILES) as [FormPurpose, string][]).map(async ([purpose, file]) =>
      readIssueForm(await readFile(`.github/ISSUE_TEMPLATE/${file}`, 'utf8'), purpose),
    ),
  );
});
beforeEach(async () => {
  ({ root, remove } = await copyFixtureContent());
});
afterEach(() => remove());

const convert = async (body: string) =>
  convertIssue(
    { number: 7, title: '', body },
    { root: '.', cwd: root, content: await readContentFolder('.', root), forms },
  );

const bodies = (await readdir(CORPUS)).filter((name) => name.endsWith('.md') && !name.includes('.expected'));

describe('an approved issue, read by the forgiving reader', () => {
  it('the corpus covers every form, in English and in Spanish', () => {
    for (const prefix of ['add-group', 'add-service', 'change-entry', 'report-closed', 'still-correct'])
      expect(
        bodies.some((name) => name.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(bodies.filter((name) => name.includes('spanish')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(bodies)(
    '%s becomes its expected file, or its expected one-round list of questions',
    async (name) => {
      const body = await readFile(path.join(CORPUS, name), 'utf8');
      const base = name.replace(/\.md$/, '');
      const expected = await readFile(path.join(CORPUS, `${base}.expected.yaml`), 'utf8').catch(
        () => undefined,
      );
      const before = await validateContent(root, { cwd: root });
      const result = await convert(body);
      if (expected) {
        expect(result.outcome).toBe('pull-request');
        if (result.outcome !== 'pull-request') return;
        expect(
          `# ${result.file} — ${result.title}\n${await readFile(path.join(root, result.file), 'utf8')}`,
        ).toBe(expected);
        expect(result.body).toMatch(/^Closes #7\.\n/);
        // The file it writes passes the whole validator, rules between files included.
        expect((await validateContent(root, { cwd: root })).problems.map(formatProblem)).toEqual([]);
      } else {
        expect(result.body).toBe(await readFile(path.join(CORPUS, `${base}.expected.md`), 'utf8'));
        // Asking changes nothing: no half-made file is left behind.
        expect((await validateContent(root, { cwd: root })).checked).toEqual(before.checked);
      }
    },
  );

  it('stores Spanish answers under es, so the Spanish page shows them as Spanish', async () => {
    const result = await convert(await readFile(path.join(CORPUS, 'add-group-spanish.md'), 'utf8'));
    if (result.outcome !== 'pull-request') throw new Error(result.body);
    const text = await readFile(path.join(root, result.file), 'utf8');
    expect(text).toContain('summary:\n  es: Un círculo mensual');
    expect(result.body).toContain('stored under `es:`');
  });

  it('asks in the form’s own words, never in YAML paths', async () => {
    const result = await convert(await readFile(path.join(CORPUS, 'add-group-unclear.md'), 'utf8'));
    expect(result.body).toContain('- **Start time**: "7:00" could be morning or evening');
    expect(result.body).not.toMatch(/\*\*[a-z_.0-9]+\*\*/);
  });

  it('changes an existing file in place: only the answered lines differ, comments and order kept', async () => {
    const file = path.join(root, 'groups/positive-living-circle.yaml');
    const original = `# A comment a volunteer wrote.\n${await readFile(file, 'utf8')}`;
    await writeFile(file, original);
    await convert(await readFile(path.join(CORPUS, 'change-entry.md'), 'utf8'));
    const changed = (await readFile(file, 'utf8')).split('\n');
    const lines = original.split('\n');
    const differing = lines.filter((line, index) => changed[index] !== line);
    expect(differing).toEqual([
      '    opens_at: "18:30"',
      '  phone: (312) 555-0111',
      'cost: free',
      'last_verified: 2026-10-02',
    ]);
    expect(changed[0]).toBe('# A comment a volunteer wrote.');
  });
});

describe('npm run from-issue', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/from-issue.ts', ...args, '--root', root], { encoding: 'utf8' });

  it('says plainly when the text is not a submitted form, or a heading was edited', async () => {
    expect(run('test/fixtures/issues/not-a-form.md').stderr).toContain(
      'The reply asks for:\n\nThis issue could not be read as a form: its text has no "### " headings',
    );
    const edited = path.join(root, 'edited.md');
    const body = await readFile(path.join(CORPUS, 'add-group-spanish.md'), 'utf8');
    await writeFile(edited, body.replace('### Start time', '### When it starts'));
    expect(run(edited).stderr).toContain(
      'has "### When it starts", which the form "Add a group" does not ask',
    );
    expect(run(path.join(root, 'missing.md')).stderr).toContain('could not be read');
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
