/**
 * `npm run from-issue -- <file with the issue body>`: turns a submitted "Add a group" or "Add a service"
 * issue form into a valid YAML file in the content folder, ready for a pull request — or lists exactly
 * what is missing, to ask the person who filed it. Options: --root DIR (content folder).
 * Get the body with `gh issue view 12 --json body --jq .body > issue.md`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { folderOf, idFromName, schemaFolderFrom } from '../src/lib/contribute/entry-template.ts';
import { IssueBodyError, parseIssueBody } from '../src/lib/contribute/issue-body.ts';
import { answersById, entryFromAnswers, readIssueForm } from '../src/lib/contribute/issue-to-entry.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import { translate } from '../src/lib/translations.ts';
import { schemaFor } from '../src/lib/validation/content-files.ts';
import { checkWithSchema } from '../src/lib/validation/format-issue.ts';
import { fieldName } from '../src/lib/validation/problem.ts';
import type { Translations } from '../src/schemas/primitives.ts';
import { parseContentArgs } from './lib/content-args.ts';

const USAGE = 'Usage: npm run from-issue -- <file with the issue body> [--root DIR]';
const FORMS = {
  group: '.github/ISSUE_TEMPLATE/add-group.yml',
  service: '.github/ISSUE_TEMPLATE/add-service.yml',
};

class CannotConvert extends Error {}

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const { positionals, root } = parseContentArgs(args, env);
    const [bodyFile] = positionals;
    if (!bodyFile || positionals.length > 1) throw new CannotConvert('Give one file holding the issue body.');
    const body = await readFile(bodyFile, 'utf8').catch(() => {
      throw new CannotConvert(`${bodyFile} could not be read — check the file name.`);
    });
    const sections = parseIssueBody(body);

    // The form whose labels the body uses: the one with the most of its headings.
    const forms = await Promise.all(
      (Object.entries(FORMS) as ['group' | 'service', string][]).map(async ([kind, file]) => ({
        kind,
        form: readIssueForm(await readFile(file, 'utf8')),
      })),
    );
    const known = (entry: (typeof forms)[number]) =>
      [...sections.keys()].filter((label) => entry.form.fields.has(label)).length;
    const chosen = forms.sort((a, b) => known(b) - known(a))[0];
    if (!chosen) throw new CannotConvert('No issue forms found in .github/ISSUE_TEMPLATE/.');
    const answers = answersById(sections, chosen.form);

    const content = await readContentFolder(root);
    // Issue forms are written in the site's main language, so labels are matched in it.
    const siteLang = content.site.default_language;
    const labelled = <T extends { id: string; label: Translations }>(items: T[]) =>
      items.map((item) => ({ id: item.id, label: translate(item.label, siteLang, siteLang).text }));
    const draft = entryFromAnswers(chosen.kind, answers, {
      topics: labelled(content.topics),
      areas: labelled(content.areas),
      organizations: content.organizations.map((org) => ({ id: org.id, name: org.data.name })),
    });
    const collection = folderOf[chosen.kind] as 'groups' | 'services';
    const problems = [
      ...draft.missing,
      ...(draft.missing.length > 0
        ? []
        : checkWithSchema(schemaFor[collection], draft.data).map(
            (issue) => `${fieldName(issue.path)}: ${issue.message}`,
          )),
    ];
    if (problems.length > 0) {
      console.error(
        `This issue cannot become a ${chosen.kind} file yet. Ask for, or fix:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
      return 1;
    }

    const id = idFromName(String(draft.data.name));
    const folder = path.join(root, collection);
    const file = path.join(folder, `${id}.yaml`);
    const schemaLine = `# yaml-language-server: $schema=${schemaFolderFrom(path.relative(process.cwd(), folder).split(path.sep).join('/'))}/${chosen.kind}.schema.json`;
    const text = `${schemaLine}\n# From the issue form "${chosen.form.name}". Check it against the issue before merging.\n${stringify(draft.data, { lineWidth: 0 })}`;
    await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST')
        throw new CannotConvert(
          `${file} already exists, so it was left alone — this may be a duplicate of an existing entry.`,
        );
      throw error;
    });
    console.log(
      `Wrote ${file}. Next: npm run validate, then open a pull request that says "Closes #<issue number>".`,
    );
    return 0;
  } catch (error) {
    if (error instanceof IssueBodyError) console.error(`The issue body ${error.message}`);
    else if (error instanceof CannotConvert) console.error(`${error.message}\n${USAGE}`);
    else console.error(String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
