/**
 * `npm run stale -- [--months N] [--markdown] [--root DIR]`: entries whose last_verified is older than N
 * months (default: the site's stale_after_months, normally 12), grouped by area, as text or as Markdown
 * for the monthly tracking issue. CIRCLES_TODAY pins the date it judges against.
 */
import { parseArgs } from 'node:util';
import { buildDirectory } from '../src/lib/directory/build-directory.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import { formatStaleMarkdown, formatStaleText, staleReport } from '../src/lib/directory/stale-report.ts';
import { referenceDate } from '../src/lib/staleness.ts';

const USAGE = 'Usage: npm run stale -- [--months N] [--markdown] [--root DIR]';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: { months?: string; markdown?: boolean; root?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { months: { type: 'string' }, markdown: { type: 'boolean' }, root: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const months = values.months === undefined ? undefined : Number(values.months);
  if (months !== undefined && !(Number.isInteger(months) && months > 0)) {
    console.error(`--months must be a whole number of months, like 12 (got "${values.months}").\n${USAGE}`);
    return 1;
  }
  try {
    const today = referenceDate(env);
    const directory = buildDirectory(
      await readContentFolder(values.root ?? env.CIRCLES_CONTENT_DIR ?? 'content'),
      today,
    );
    const report = staleReport(directory, today, months ?? directory.site.stale_after_months);
    console.log(values.markdown ? formatStaleMarkdown(report, directory.site.url) : formatStaleText(report));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
