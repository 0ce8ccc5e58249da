/**
 * `npm run validate`: checks every content file and prints every problem with its file, line, field and
 * fix. Exit code 0 when the content is valid, 1 otherwise. Options: --root DIR (or CIRCLES_CONTENT_DIR).
 * On GitHub Actions it also prints annotations and writes a summary table for the run.
 */

import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { formatAnnotation, formatReport, formatStepSummary } from '../src/lib/validation/report.ts';
import { ContentRootNotFoundError, validateContent } from '../src/lib/validation/validate-content.ts';

const USAGE = 'Usage: npm run validate -- [--root DIR]   (default: $CIRCLES_CONTENT_DIR, else content)';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let root: string;
  try {
    const { values } = parseArgs({ args, options: { root: { type: 'string' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    root = values.root ?? contentFolder(env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }

  try {
    const result = await validateContent(root);
    console.log(formatReport(result));
    if (env.GITHUB_ACTIONS === 'true') {
      for (const problem of result.problems) console.log(formatAnnotation(problem));
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatStepSummary(result));
    }
    return result.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ContentRootNotFoundError) {
      console.error(error.message);
    } else {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(
        `The content check itself failed (${what.split('\n')[0]}). This is not a problem in your content: please report it to the maintainers in an issue.`,
      );
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
