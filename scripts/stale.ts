/**
 * `npm run stale -- [--months N] [--markdown] [--claimed FILE] [--root DIR]`: entries whose last_verified
 * is older than N months (default: the site's stale_after_months, normally 12), grouped by area, as text
 * or as Markdown for the monthly tracking issue, with each entry's "Still correct" form and edit link.
 * --claimed FILE is last month's issue body: the entries ticked there stay ticked.
 * CIRCLES_TODAY pins the date it judges against.
 */

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { editFileUrl, stillCorrectUrl } from '../src/lib/contribute/links.ts';
import { buildDirectory } from '../src/lib/directory/build-directory.ts';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import {
  claimedEntries,
  formatStaleMarkdown,
  formatStaleText,
  staleReport,
} from '../src/lib/directory/stale-report.ts';
import type { PublicEntry } from '../src/lib/directory/types.ts';
import { referenceDate } from '../src/lib/staleness.ts';

const USAGE = 'Usage: npm run stale -- [--months N] [--markdown] [--claimed FILE] [--root DIR]';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: { months?: string; markdown?: boolean; root?: string; claimed?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        months: { type: 'string' },
        markdown: { type: 'boolean' },
        root: { type: 'string' },
        claimed: { type: 'string' },
      },
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
    const directory = buildDirectory(await readContentFolder(values.root ?? contentFolder(env)), today);
    const report = staleReport(directory, today, months ?? directory.site.stale_after_months);
    if (!values.markdown) {
      console.log(formatStaleText(report));
      return 0;
    }
    const { repository, url } = directory.site;
    const page = (entry: PublicEntry) => new URL(entry.url, url).href;
    const claimed = values.claimed
      ? claimedEntries(await readFile(values.claimed, 'utf8').catch(() => ''))
      : undefined;
    console.log(
      formatStaleMarkdown(
        report,
        {
          page,
          stillCorrect: (entry) =>
            stillCorrectUrl(repository, { id: entry.id, name: entry.name, page: page(entry) }),
          edit: (entry) => editFileUrl(repository, entry.source),
        },
        claimed,
      ),
    );
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
