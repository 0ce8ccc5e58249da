/**
 * `npm run import -- <format> <file-or-url> [options]`: brings a directory's data in as content files.
 *
 *   meeting-guide <file.json | https://…>   a Meeting Guide JSON feed (TSML, BMLT's tsml export)
 *   sheet <file.csv> [--map mapping.yaml]    the Meeting Guide spreadsheet layout, or any CSV with a map
 *   hsds <folder | file.zip | file.json>     HSDS 3.0: tabular (CSV + datapackage.json) or JSON
 *
 * Options: --root DIR (the content folder, default the CIRCLES_CONTENT_DIR folder, else content), --out DIR (write
 * there instead; an empty folder gets root's site.yaml, topics.yaml and areas.yaml), --source NAME (where
 * entries come from, recorded in each), --update (rewrite this source's entries and close the ones it
 * dropped; hand-edited ones are conflicts), --dry-run (print, write nothing), --topic ID (for groups whose
 * data names no topic, default recovery), --category ID (for services with none, default case-management).
 * Exit code 1 only when the input cannot be read; records that cannot be written are in the report.
 */
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { ImportInputError } from '../src/lib/import/input/import-input-error.ts';
import { readerFor } from '../src/lib/import/readers.ts';
import { type ImportFormat, runImport } from '../src/lib/import/run-import.ts';
import { referenceDate } from '../src/lib/staleness.ts';

const USAGE =
  'Usage: npm run import -- meeting-guide|sheet|hsds <file-or-url> [--out DIR] [--root DIR] [--source NAME] [--update] [--dry-run] [--map FILE] [--topic ID] [--category ID]';

const OPTIONS = {
  root: { type: 'string' },
  out: { type: 'string' },
  source: { type: 'string' },
  update: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  map: { type: 'string' },
  topic: { type: 'string', default: 'recovery' },
  category: { type: 'string', default: 'case-management' },
  help: { type: 'boolean' },
} as const;

const FORMATS: ImportFormat[] = ['meeting-guide', 'sheet', 'hsds'];

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [format, input] = positionals as [ImportFormat | undefined, string | undefined];
  if (!format || !FORMATS.includes(format) || !input) {
    console.error(
      `${format && !FORMATS.includes(format) ? `"${format}" is not a format we import. ` : ''}${USAGE}`,
    );
    return 1;
  }
  try {
    const result = await runImport({
      format,
      input,
      root: values.root ?? contentFolder(env),
      ...(values.out ? { out: values.out } : {}),
      ...(values.source ? { source: values.source } : {}),
      update: values.update,
      dryRun: values['dry-run'],
      today: referenceDate(env),
      topic: values.topic,
      category: values.category,
      read: readerFor(format, values.map),
    });
    console.log(result.report);
    if (values['dry-run'])
      for (const file of result.plan.files) console.log(`--- ${file.path}\n${file.text}`);
    if (result.folderProblems > 0)
      console.log(
        `The folder already had ${result.folderProblems} problems in files the import does not write: npm run validate lists them.`,
      );
    return 0;
  } catch (error) {
    if (error instanceof ImportInputError) {
      console.error(error.message);
      return 1;
    }
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(
      `The import itself failed (${what.split('\n')[0]}). This is not a problem in your data: please report it to the maintainers in an issue.`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
