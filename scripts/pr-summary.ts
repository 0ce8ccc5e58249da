/**
 * `npm run pr-summary -- --base DIR [--head DIR]`: which groups and services a change adds, changes or
 * removes, comparing the public view of two content folders (the base branch's and the pull request's).
 * Prints a list; on GitHub Actions it also writes a table to the job summary.
 */
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildDirectory } from '../src/lib/directory/build-directory.ts';
import {
  compareDirectories,
  formatChangesMarkdown,
  formatChangesText,
} from '../src/lib/directory/compare-directories.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import { referenceDate } from '../src/lib/staleness.ts';

const USAGE = 'Usage: npm run pr-summary -- --base DIR [--head DIR]   (head: default content)';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let base: string | undefined;
  let head: string;
  try {
    const { values } = parseArgs({ args, options: { base: { type: 'string' }, head: { type: 'string' } } });
    base = values.base;
    head = values.head ?? 'content';
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (!base) {
    console.error(`--base is missing: the content folder to compare with.\n${USAGE}`);
    return 1;
  }
  const today = referenceDate(env);
  try {
    const [before, after] = await Promise.all([readContentFolder(base), readContentFolder(head)]);
    const changes = compareDirectories(buildDirectory(before, today), buildDirectory(after, today));
    console.log(formatChangesText(changes));
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatChangesMarkdown(changes));
    return 0;
  } catch (error) {
    console.error(`Could not compare the content: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
