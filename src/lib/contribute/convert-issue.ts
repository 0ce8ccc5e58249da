import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RawContent } from '../directory/types.ts';
import { validateContent } from '../validation/validate-content.ts';
import { AnswerReader, type FieldProblem, type SiteTerms } from './answer-fields.ts';
import { changedEntry } from './answers-to-changes.ts';
import { entryFromAnswers } from './answers-to-entry.ts';
import { dataOf, editedYaml, newEntryYaml } from './edit-yaml.ts';
import { folderOf, idFromName, schemaFolderFrom } from './entry-template.ts';
import { formFieldsOf } from './form-field-of.ts';
import { IssueBodyError, parseIssueBody } from './issue-body.ts';
import { answersOf, formOfBody, type IssueForm, labelOf } from './issue-forms.ts';
import type { Named } from './read/match-names.ts';

/**
 * An approved issue, turned into the file a pull request adds or changes — or into one reply that asks,
 * in the form's own words, for everything that is missing or unclear. The converted file must pass the
 * whole validator (schemas and the rules between files) before it is kept.
 */

export interface Issue {
  number: number;
  title: string;
  body: string;
}

export type Conversion =
  | {
      outcome: 'pull-request';
      /** The branch the pull request comes from: one per issue, so a second approval updates it. */
      branch: string;
      title: string;
      body: string;
      /** The file written, relative to the working directory. */
      file: string;
    }
  | { outcome: 'comment'; body: string };

export interface ConversionSetting {
  /** The content folder, relative to `cwd`. */
  root: string;
  content: RawContent;
  forms: IssueForm[];
  cwd?: string;
}

export async function convertIssue(issue: Issue, setting: ConversionSetting): Promise<Conversion> {
  let form: IssueForm;
  let sections: Map<string, string | undefined>;
  try {
    sections = parseIssueBody(issue.body);
    form = formOfBody(sections, setting.forms);
  } catch (error) {
    if (error instanceof IssueBodyError) return { outcome: 'comment', body: cannotReadBody(error.message) };
    throw error;
  }
  const reader = new AnswerReader(answersOf(sections, form), await siteTerms(setting));
  return form.purpose === 'add-group' || form.purpose === 'add-service'
    ? addEntry(issue, form, reader, setting)
    : changeEntry(issue, form, reader, setting);
}

async function addEntry(
  issue: Issue,
  form: IssueForm,
  reader: AnswerReader,
  setting: ConversionSetting,
): Promise<Conversion> {
  const kind = form.purpose === 'add-group' ? 'group' : 'service';
  const data = entryFromAnswers(reader, kind);
  if (reader.problems.length > 0) return ask(form, reader.problems);
  const id = idFromName(String(data.name));
  const collection = folderOf[kind] as 'groups' | 'services';
  const existing = [...setting.content.groups, ...setting.content.services].find((entry) => entry.id === id);
  if (existing)
    return ask(form, [
      {
        field: 'name',
        message: `is already listed (${existing.file}) — to correct it, use "Suggest a change" on its page instead`,
      },
    ]);
  const cwd = setting.cwd ?? process.cwd();
  const folder = path.relative(cwd, path.resolve(cwd, setting.root, collection));
  const file = path.join(folder, `${id}.yaml`);
  const schemaFolder = schemaFolderFrom(folder.split(path.sep).join('/'));
  const text = newEntryYaml(data, [
    `yaml-language-server: $schema=${schemaFolder}/${kind}.schema.json`,
    `From issue #${issue.number} ("${form.name}"). The file name is the ${kind}'s id and web address.`,
  ]);
  await writeFile(path.resolve(cwd, file), text, { flag: 'wx' });
  const problems = await problemsIn(file, setting);
  if (problems.length > 0) {
    await rm(path.resolve(cwd, file));
    return ask(form, problems);
  }
  return {
    outcome: 'pull-request',
    branch: `issue-${issue.number}`,
    title: `${form.purpose === 'add-group' ? 'Add group' : 'Add service'}: ${data.name}`,
    file,
    body: pullRequestBody(issue, form, reader, file, 'adds'),
  };
}

async function changeEntry(
  issue: Issue,
  form: IssueForm,
  reader: AnswerReader,
  setting: ConversionSetting,
): Promise<Conversion> {
  const wanted = entryIdOf(reader.text('entry'), reader.text('page'));
  const entry = wanted
    ? [
        ...setting.content.groups.map((raw) => ({ kind: 'group' as const, raw })),
        ...setting.content.services.map((raw) => ({ kind: 'service' as const, raw })),
      ].find(({ raw }) => raw.id === wanted)
    : undefined;
  if (!entry)
    return ask(form, [
      {
        field: 'entry',
        message: wanted
          ? `no group or service has the id "${wanted}" — use the link on the entry's own page, which fills it in`
          : "no answer — use the link on the entry's own page, which fills it in",
      },
    ]);
  const cwd = setting.cwd ?? process.cwd();
  const file = entry.raw.file;
  const original = await readFile(path.resolve(cwd, file), 'utf8');
  const purpose = form.purpose as 'change' | 'closed' | 'still-correct';
  const after = changedEntry(reader, purpose, entry.kind, dataOf(original));
  if (reader.problems.length > 0) return ask(form, reader.problems);
  await writeFile(path.resolve(cwd, file), editedYaml(original, after));
  const problems = await problemsIn(file, setting);
  if (problems.length > 0) {
    await writeFile(path.resolve(cwd, file), original);
    return ask(form, problems);
  }
  const name = String(after.name ?? entry.raw.data.name);
  const titles = {
    change: `Change: ${name}`,
    closed: `${after.status === 'closed' ? 'Closed' : after.status === 'paused' ? 'Paused' : 'Notice'}: ${name}`,
    'still-correct': `Still correct: ${name} (checked ${after.last_verified})`,
  };
  return {
    outcome: 'pull-request',
    branch: `issue-${issue.number}`,
    title: titles[purpose],
    file,
    body: pullRequestBody(issue, form, reader, file, 'changes'),
  };
}

/** The entry an issue is about: its id, or the id in a pasted page address (…/groups/<id>/). */
function entryIdOf(entry: string | undefined, page: string | undefined): string | undefined {
  for (const text of [entry, page]) {
    const trimmed = text?.trim();
    if (!trimmed) continue;
    const inPage = /\/(?:groups|services)\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(trimmed)?.[1];
    if (inPage) return inPage;
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(trimmed.toLowerCase())) return trimmed.toLowerCase();
  }
  return undefined;
}

/** Everything the whole validator finds in the converted file, as questions of the form. */
async function problemsIn(file: string, setting: ConversionSetting): Promise<FieldProblem[]> {
  const { problems } = await validateContent(setting.root, { cwd: setting.cwd ?? process.cwd() });
  const cwd = setting.cwd ?? process.cwd();
  const shown = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return problems
    .filter((problem) => problem.file === shown)
    .map((problem) => ({ field: `path:${problem.field}`, message: problem.message }));
}

const ASK_INTRO =
  'Thank you for this. Before it can be added, please edit the issue (the **···** menu at its top → **Edit**), answer or correct the questions below, and save. A maintainer then adds the `approved` label again.';

/** One reply with every problem, each under the form's label for it. */
function ask(form: IssueForm, problems: FieldProblem[]): Conversion {
  const label = (field: string) => {
    if (!field.startsWith('path:')) return labelOf(form, field) ?? field;
    const path = field.slice('path:'.length);
    for (const id of formFieldsOf(path)) {
      const found = labelOf(form, id);
      if (found) return found;
    }
    return `In the file, ${path}`;
  };
  const lines = [...new Set(problems.map((problem) => `- **${label(problem.field)}**: ${problem.message}`))];
  return { outcome: 'comment', body: `${ASK_INTRO}\n\n${lines.join('\n')}\n` };
}

function cannotReadBody(message: string): string {
  return `This issue could not be read as a form: its text ${message}. Please open a new issue with one of the forms (**New issue** → choose a form), or ask a maintainer to make the change by hand.\n`;
}

const quoteBlock = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function pullRequestBody(
  issue: Issue,
  form: IssueForm,
  reader: AnswerReader,
  file: string,
  verb: string,
): string {
  const lines = [
    `Closes #${issue.number}.`,
    '',
    `This pull request ${verb} \`${file.split(path.sep).join('/')}\`, made from the answers to "${form.name}" after a maintainer approved the issue. The summary comment below shows what the site will show differently, field by field.`,
    '',
    '**Before merging**, check that:',
    '- [ ] the details match the issue, and were checked with the group or service itself;',
    "- [ ] nothing private is published: no confidential address (a home, a treatment centre, a shelter), no one's full name.",
  ];
  const known = reader.text('how_known');
  if (known) lines.push('', '**How they know** (not published):', '', quoteBlock(known));
  const other = reader.text('other');
  if (other)
    lines.push(
      '',
      '**Anything else they wrote** (not applied; change the file by hand if needed):',
      '',
      quoteBlock(other),
    );
  if (reader.language !== reader.site.siteLanguage)
    lines.push(
      '',
      `The answers are in \`${reader.language}\`, so their text is stored under \`${reader.language}:\`; the other languages show it with a "not yet translated" note until someone translates it.`,
    );
  return `${lines.join('\n')}\n`;
}

/** The site's vocabulary for the readers: labels in every language, synonyms, organisations. */
async function siteTerms(setting: ConversionSetting): Promise<SiteTerms> {
  const { site, topics, areas, organizations } = setting.content;
  const synonyms = setting.content.synonyms ?? [];
  const labels = (label: Record<string, string>) => Object.values(label);
  return {
    siteLanguage: site.default_language,
    siteLanguages: site.languages ?? [site.default_language],
    country: site.region.country,
    topics: topics.map(
      (topic): Named => ({
        id: topic.id,
        names: labels(topic.label),
        synonyms: synonyms
          .filter((line) => line.topics.length === 1 && line.topics[0] === topic.id)
          .flatMap((line) => line.terms),
      }),
    ),
    areas: areas.map((area): Named => ({ id: area.id, names: labels(area.label) })),
    organizations: organizations.map((org): Named => ({ id: org.id, names: [org.data.name] })),
  };
}
