/**
 * `npm run pr-summary -- --base DIR [--head DIR]`: what a change does to the site, comparing the public
 * view of two content folders (the base branch's and the pull request's): each entry added, changed
 * (old → new, under the site's field names), renamed or removed, with privacy changes flagged first.
 * Prints a short list; on GitHub Actions it also writes the Markdown to the job summary.
 *
 * For CI: --comment FILE writes the pull request comment (also when the head does not validate: it then
 * lists the problems too), --labels FILE the "area: …" labels of the entries touched, --pull-request N,
 * --preview-url URL (a deploy preview; "{number}" is replaced by N and "{branch}" by --branch) and
 * --run-url URL (the check run,
 * whose artifact holds the built site).
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildDirectory } from '../src/lib/directory/build-directory.ts';
import { readContentLeniently } from '../src/lib/directory/read-content-folder.ts';
import type { RawContent } from '../src/lib/directory/types.ts';
import { COMMENT_MARKER, formatReviewComment, formatReviewText } from '../src/lib/review/format-review.ts';
import { reviewChanges, type Views } from '../src/lib/review/review-changes.ts';
import { referenceDate } from '../src/lib/staleness.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const USAGE =
  'Usage: npm run pr-summary -- --base DIR [--head DIR] [--comment FILE] [--labels FILE] [--pull-request N] [--preview-url URL] [--branch NAME] [--run-url URL]';

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  comment: { type: 'string' },
  labels: { type: 'string' },
  'pull-request': { type: 'string' },
  'preview-url': { type: 'string' },
  branch: { type: 'string' },
  'run-url': { type: 'string' },
} as const;

function viewsOf(content: RawContent, today: string): Views {
  const languages = content.site.languages ?? [content.site.default_language];
  return {
    main: buildDirectory(content, today),
    others: languages
      .filter((lang) => lang !== content.site.default_language)
      .map((lang) => buildDirectory(content, today, lang)),
  };
}

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: { [key in keyof typeof OPTIONS]?: string };
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { base, head = 'content' } = values;
  if (!base) {
    console.error(`--base is missing: the content folder to compare with.\n${USAGE}`);
    return 1;
  }
  const today = referenceDate(env);
  try {
    const [before, after, check] = await Promise.all([
      readContentLeniently(base),
      readContentLeniently(head),
      validateContent(head),
    ]);
    const review = reviewChanges(viewsOf(before.content, today), viewsOf(after.content, today));
    // A file that does not validate is missing from the head's view, but it is not removed.
    const stillThere = (source: string) =>
      after.invalid.some((file) => file.endsWith(`/${source.split('/').slice(-2).join('/')}`));
    review.removed = review.removed.filter((entry) => !stillThere(entry.source));
    const number = values['pull-request'] ?? '';
    const preview = values['preview-url']?.trim()
      ? values['preview-url'].replace('{number}', number)
      : undefined;
    const comment = formatReviewComment(review, {
      siteUrl: after.content.site.url,
      ...(preview ? { previewUrl: preview } : {}),
      ...(values['run-url'] ? { runUrl: values['run-url'] } : {}),
      problems: check.problems,
      unreadable: after.invalid,
    });
    console.log(formatReviewText(review));
    if (values.comment) await writeFile(values.comment, comment);
    if (values.labels) await writeFile(values.labels, review.areas.map((area) => `area: ${area}\n`).join(''));
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, comment);
    return 0;
  } catch (error) {
    const message = `Could not compare the content: ${(error as Error).message}`;
    console.error(message);
    if (values.comment) await writeFile(values.comment, `${COMMENT_MARKER}\n${message}\n`);
    return values.comment ? 0 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
