import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LOGO_FILE } from '../../schemas/theme.ts';
import { type ContentFile, listContentFiles, schemaFor } from './content-files.ts';
import { crossFileRules, type LoadedFile } from './cross-file-rules.ts';
import { decodeContentText } from './file-encoding.ts';
import { checkWithSchema } from './format-issue.ts';
import { extractFrontMatter } from './front-matter.ts';
import { logoProblem } from './logo-file.ts';
import { type Anchor, parseYaml } from './parse-yaml.ts';
import {
  type CollectionName,
  compareProblems,
  FILE_FIELD,
  type FieldPath,
  fieldName,
  type Position,
  type Problem,
  type ValidationResult,
} from './problem.ts';

export type { Problem, ValidationResult } from './problem.ts';

/** The content root does not exist or is not a folder: nothing can be checked. */
export class ContentRootNotFoundError extends Error {
  readonly root: string;
  constructor(root: string) {
    super(
      `${root} is not a folder — run this from the repository root, or pass --root with the content folder`,
    );
    this.name = 'ContentRootNotFoundError';
    this.root = root;
  }
}

export interface ValidateOptions {
  /** Paths in problems are relative to this folder; the current directory by default. */
  cwd?: string;
}

/** A file as the validator read it: what the site's content loader stores, so both read the same. */
export interface ReadEntry {
  collection: CollectionName;
  id: string;
  /** The file as problems show it, relative to `cwd`. */
  file: string;
  /** The data as parsed, before the schema (the loader hands it to Astro, which applies the same schema). */
  data: unknown;
  /** The whole file, for the content digest Astro keys its cache on. */
  text: string;
  /** An .mdx file's text after its front matter. */
  body?: string;
  /** Whether the file passed its own checks (the rules between files aside). */
  valid: boolean;
}

/** Every problem, and every file that could be read (valid or not: callers that build check `problems`). */
export interface ReadContent {
  result: ValidationResult;
  entries: ReadEntry[];
}

/** Files read at once: enough to keep the disk busy, few enough to stay well under open-file limits. */
const READ_BATCH = 32;

/** An entry file is a few kilobytes; past this it is surely a mistake, and not worth parsing. */
const MAX_FILE_BYTES = 1_000_000;

const FOLDER_OF: Record<CollectionName, string> = {
  site: '',
  topics: '',
  areas: '',
  organizations: 'organizations/',
  groups: 'groups/',
  services: 'services/',
  guides: 'guides/',
  pages: 'pages/',
  synonyms: '',
  places: '',
};

/**
 * Checks every file under a content root against its schema and the rules between files, and returns
 * every problem found, sorted by file and line. Never throws for anything a file contains.
 */
export async function validateContent(
  root: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  return (await readAndValidateContent(root, options)).result;
}

/**
 * The validator's whole reading of a content folder, problems and data together: the one reading that
 * the build's content loader and the command-line tools use, so what validates is exactly what builds.
 */
export async function readAndValidateContent(
  root: string,
  options: ValidateOptions = {},
): Promise<ReadContent> {
  const cwd = options.cwd ?? process.cwd();
  const absoluteRoot = path.resolve(cwd, root);
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  if (!(await isFolder(absoluteRoot))) throw new ContentRootNotFoundError(display(absoluteRoot));

  const { files, problems: fileProblems } = await listContentFiles(absoluteRoot);
  const problems: Problem[] = fileProblems.map((problem) =>
    fileProblem(display(problem.path), problem.message),
  );
  const loaded: LoadedFile[] = [];
  const entries: ReadEntry[] = [];
  const fileByName = new Map(files.map((file) => [display(file.path), file]));
  const checked: Record<CollectionName, number> = {
    site: 0,
    topics: 0,
    areas: 0,
    organizations: 0,
    groups: 0,
    services: 0,
    guides: 0,
    pages: 0,
    synonyms: 0,
    places: 0,
  };

  const results = await mapInBatches(files, READ_BATCH, async (file): Promise<CheckedFile> => {
    const shown = display(file.path);
    try {
      return { file, shown, result: await checkFile(file, shown) };
    } catch (error) {
      return { file, shown, result: { problems: [unexpectedProblem(shown, error)] } };
    }
  });
  for (const { file, shown, result } of results) {
    problems.push(...result.problems);
    if (result.data !== undefined) {
      loaded.push({ file: shown, collection: file.collection, id: file.id, data: result.data });
      entries.push({
        collection: file.collection,
        id: file.id,
        file: shown,
        data: result.data,
        text: result.text ?? '',
        valid: result.problems.length === 0,
        ...(result.body === undefined ? {} : { body: result.body }),
      });
      checked[file.collection] += Array.isArray(result.data) ? result.data.length : 1;
    }
  }

  problems.push(...(await crossFileProblems(loaded, display(absoluteRoot), fileByName)));
  problems.push(...(await logoProblems(absoluteRoot, entries, fileByName)));
  return { result: { problems: problems.sort(compareProblems), checked }, entries };
}

type Locate = (path: FieldPath, anchor: Anchor) => Position;

/** The logo site.yaml names: a file the site copies as it is, so it is checked like content. */
async function logoProblems(
  root: string,
  entries: readonly ReadEntry[],
  fileByName: Map<string, ContentFile>,
): Promise<Problem[]> {
  const site = entries.find((entry) => entry.collection === 'site');
  const logo = (site?.data as { theme?: { logo?: unknown } } | undefined)?.theme?.logo;
  if (!site || typeof logo !== 'string' || !LOGO_FILE.test(logo)) return [];
  const message = await logoProblem(root, logo);
  if (!message) return [];
  const at = (await locatorFor(fileByName.get(site.file)))?.(['theme', 'logo'], 'value') ?? {
    line: 1,
    column: 1,
  };
  return [{ file: site.file, ...at, field: 'theme.logo', message }];
}

/** The rules between files (references, duplicates, private places), each problem placed at its line. */
async function crossFileProblems(
  loaded: LoadedFile[],
  rootShown: string,
  fileByName: Map<string, ContentFile>,
): Promise<Problem[]> {
  const homes = {
    topics: `${rootShown}/topics.yaml`,
    areas: `${rootShown}/areas.yaml`,
    organizations: `${rootShown}/${FOLDER_OF.organizations}`,
  };
  const problems: Problem[] = [];
  try {
    // Files are parsed again only to place these problems, so thousands of parsed documents are not kept.
    const locators = new Map<string, Locate | undefined>();
    for (const issue of crossFileRules(loaded, homes)) {
      if (!locators.has(issue.file)) locators.set(issue.file, await locatorFor(fileByName.get(issue.file)));
      const at = locators.get(issue.file)?.(issue.path, issue.anchor) ?? { line: 1, column: 1 };
      problems.push({ file: issue.file, ...at, field: fieldName(issue.path), message: issue.message });
    }
  } catch (error) {
    problems.push(unexpectedProblem(rootShown, error));
  }
  return problems;
}

interface FileCheck {
  problems: Problem[];
  /** The data as read, for the rules between files; undefined when it could not be read. */
  data?: unknown;
  text?: string;
  body?: string;
}

interface CheckedFile {
  file: ContentFile;
  shown: string;
  result: FileCheck;
}

/** The YAML of a file (all of a .yaml file, the front matter of an .mdx file), or why there is none. */
async function readYaml(
  file: ContentFile,
): Promise<{ yaml: string; firstLine: number; text: string; body?: string } | { problem: string }> {
  let text: string;
  try {
    const { size } = await stat(file.path);
    if (size > MAX_FILE_BYTES) {
      const megabytes = (size / 1_000_000).toFixed(1);
      return {
        problem: `is ${megabytes} MB — an entry is a few kilobytes; check that nothing was pasted into it by mistake`,
      };
    }
    const decoded = decodeContentText(await readFile(file.path));
    if ('problem' in decoded) return decoded;
    text = decoded.text;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { problem: `could not be read (${reason}) — make sure it is an ordinary text file` };
  }
  if (file.format === 'yaml') return { yaml: text, firstLine: 1, text };
  const front = extractFrontMatter(text);
  return 'problem' in front ? front : { ...front, text };
}

async function checkFile(file: ContentFile, shown: string): Promise<FileCheck> {
  const source = await readYaml(file);
  if ('problem' in source) return { problems: [fileProblem(shown, source.problem)] };

  const parsed = parseYaml(source.yaml, source.firstLine);
  const problems: Problem[] = parsed.problems.map((problem) => ({
    file: shown,
    line: problem.line,
    column: problem.column,
    field: fieldName(problem.path),
    message: problem.message,
  }));
  if (!parsed.readable) return { problems };
  if (parsed.empty) {
    problems.push(fileProblem(shown, emptyMessage(file)));
    return { problems };
  }
  for (const issue of checkWithSchema(schemaFor[file.collection], parsed.data)) {
    problems.push({
      file: shown,
      ...parsed.locate(issue.path, issue.anchor),
      field: fieldName(issue.path),
      message: issue.message,
    });
  }
  return {
    problems,
    data: parsed.data,
    text: source.text,
    ...(source.body === undefined ? {} : { body: source.body }),
  };
}

async function locatorFor(file: ContentFile | undefined): Promise<Locate | undefined> {
  if (!file) return undefined;
  const source = await readYaml(file);
  return 'problem' in source ? undefined : parseYaml(source.yaml, source.firstLine).locate;
}

function emptyMessage(file: ContentFile): string {
  switch (file.collection) {
    case 'site':
      return "is empty — it holds the site's settings: name, region, map and repository (see src/schemas/site.ts)";
    case 'topics':
    case 'areas':
      return `is empty — add the list of ${file.collection}, each starting with "- id:"`;
    case 'guides':
    case 'pages':
      return 'has empty front matter — add title: and summary: between the --- lines';
    default:
      return `is empty — copy another file in ${FOLDER_OF[file.collection]} as a start and change its details`;
  }
}

function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, field: FILE_FIELD, message };
}

/** A bug in the validator must not look like the volunteer's mistake, nor show them a stack trace. */
function unexpectedProblem(file: string, error: unknown): Problem {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const summary = (what.split('\n')[0] ?? what).slice(0, 160);
  return fileProblem(
    file,
    `could not be checked: the validator itself failed (${summary}) — this is not your mistake; please report it to the maintainers in an issue, with this file attached`,
  );
}

/** `Promise.all` over a list, a batch at a time; results keep the list's order. */
async function mapInBatches<T, R>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  }
  return results;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
