/**
 * `npm run from-issue -- <file with the issue body>` or `-- --event <GitHub event payload>`: turns an
 * issue made with one of the forms in .github/ISSUE_TEMPLATE/ (add a group or service, suggest a change,
 * report closed, still correct) into the file a pull request adds or changes in the content folder — or
 * into one reply that asks for everything missing or unclear, in the form's own words.
 *
 * Options: --root DIR (content folder), --number N (the issue's number, for a body file),
 * --out DIR (write result.json and body.md there for the workflow, and exit 0 either way).
 * Get a body with `gh issue view 12 --json body --jq .body > issue.md`.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertIssue, type Issue } from '../src/lib/contribute/convert-issue.ts';
import { FORM_FILES, type FormPurpose, readIssueForm } from '../src/lib/contribute/issue-forms.ts';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';

const USAGE =
  'Usage: npm run from-issue -- <file with the issue body> [--number N] [--root DIR] [--out DIR]\n' +
  '       npm run from-issue -- --event <event payload JSON> [--root DIR] [--out DIR]';
const FORMS_FOLDER = '.github/ISSUE_TEMPLATE';

class CannotConvert extends Error {}

async function readIssue(values: { event?: string; number?: string }, positionals: string[]): Promise<Issue> {
  const unreadable = (file: string) => () => {
    throw new CannotConvert(`${file} could not be read — check the file name.`);
  };
  if (values.event) {
    const payload = JSON.parse(await readFile(values.event, 'utf8').catch(unreadable(values.event))) as {
      issue?: { number: number; title: string; body: string | null };
    };
    if (!payload.issue) throw new CannotConvert(`${values.event} is not the payload of an issue event.`);
    return { number: payload.issue.number, title: payload.issue.title, body: payload.issue.body ?? '' };
  }
  const [bodyFile] = positionals;
  if (!bodyFile || positionals.length > 1) throw new CannotConvert('Give one file holding the issue body.');
  const body = await readFile(bodyFile, 'utf8').catch(unreadable(bodyFile));
  return { number: Number(values.number ?? 0), title: '', body };
}

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        event: { type: 'string' },
        number: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const root = values.root ?? contentFolder(env);
    const issue = await readIssue(values, positionals);
    const forms = await Promise.all(
      (Object.entries(FORM_FILES) as [FormPurpose, string][]).map(async ([purpose, file]) =>
        readIssueForm(await readFile(path.join(FORMS_FOLDER, file), 'utf8'), purpose),
      ),
    );
    const result = await convertIssue(issue, { root, content: await readContentFolder(root), forms });

    if (values.out) {
      await mkdir(values.out, { recursive: true });
      const { body, ...rest } = result;
      await writeFile(path.join(values.out, 'body.md'), body);
      await writeFile(
        path.join(values.out, 'result.json'),
        `${JSON.stringify({ issue: issue.number, ...rest }, null, 2)}\n`,
      );
    }
    if (result.outcome === 'pull-request') {
      console.log(`Wrote ${result.file}. Pull request: "${result.title}" from branch ${result.branch}.`);
      if (!values.out) console.log(`\n${result.body}`);
      return 0;
    }
    console.error(`This issue cannot become a change yet. The reply asks for:\n\n${result.body}`);
    return values.out ? 0 : 1;
  } catch (error) {
    console.error(
      error instanceof CannotConvert || error instanceof TypeError
        ? `${(error as Error).message}\n${USAGE}`
        : String(error),
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
