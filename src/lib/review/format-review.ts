import type { Problem } from '../validation/problem.ts';
import { formatProblem } from '../validation/report.ts';
import type { EntryReview, Flag, Review } from './review-changes.ts';

/** The first line of the comment, so the workflow finds and updates its own comment instead of adding one. */
export const COMMENT_MARKER = '<!-- circles-pr-summary -->';

export interface CommentContext {
  /** The site's address, for links to pages as they are now. */
  siteUrl: string;
  /** A deploy preview's address for this pull request, when the host makes one. */
  previewUrl?: string;
  /** The Check run, whose artifacts hold the built site. */
  runUrl?: string;
  /** What the validator found in the pull request's content: the comment lists it too. */
  problems: Problem[];
  /** Files that could not be read for the comparison (invalid), so they are missing from it. */
  unreadable: string[];
}

const cell = (text: string) => text.replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|');
const shorten = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function link(entry: EntryReview, context: CommentContext): string {
  const base = context.previewUrl ?? context.siteUrl;
  return `[${cell(entry.name)}](${new URL(entry.url, base).href})`;
}

const flagLine = (flag: Flag) => `- ⚠️ **${cell(flag.entry)}** (${code(flag.source)}) ${flag.message}`;

function fieldLines(entry: EntryReview, added: boolean): string[] {
  return entry.fields.map((field) =>
    added || field.before === undefined
      ? `- **${field.field}**: ${shorten(cell(field.after ?? ''))}${added ? '' : ' *(new)*'}`
      : field.after === undefined
        ? `- **${field.field}**: ~~${shorten(cell(field.before))}~~ *(removed)*`
        : `- **${field.field}**: ${shorten(cell(field.before))} → ${shorten(cell(field.after))}`,
  );
}

/** The pull request comment: privacy first, then each entry, old → new, then problems and the preview. */
export function formatReviewComment(review: Review, context: CommentContext): string {
  const lines = [COMMENT_MARKER, '## What this pull request changes on the site', ''];
  const count = review.added.length + review.changed.length + review.renamed.length + review.removed.length;
  if (context.problems.length > 0)
    lines.push(
      `> ❌ **The content check does not pass yet**: ${context.problems.length} ${context.problems.length === 1 ? 'problem' : 'problems'}, listed at the end with the file, line and fix. The site is not built until they are fixed.`,
      '',
    );
  if (review.privacy.length > 0)
    lines.push('### 🔒 Privacy: check before merging', '', ...review.privacy.map(flagLine), '');
  if (review.notable.length > 0) lines.push('### Look twice', '', ...review.notable.map(flagLine), '');
  if (count === 0) lines.push('No group or service looks different on the site.', '');
  const section = (title: string, entries: EntryReview[], render: (entry: EntryReview) => string[]) => {
    if (entries.length === 0) return;
    lines.push(`### ${title} (${entries.length})`, '');
    for (const entry of entries) lines.push(...render(entry), '');
  };
  const heading = (entry: EntryReview) =>
    `#### ${link(entry, context)} — ${entry.kind}, ${code(entry.source)}`;
  section('Added', review.added, (entry) => [heading(entry), '', ...fieldLines(entry, true)]);
  section('Changed', review.changed, (entry) => [heading(entry), '', ...fieldLines(entry, false)]);
  section('Renamed', review.renamed, (entry) => [
    heading(entry),
    '',
    `- **Page address**: ${entry.renamedFrom?.url} → ${entry.url} (file ${code(entry.renamedFrom?.source ?? '')} → ${code(entry.source)})`,
    ...fieldLines(entry, false),
  ]);
  section('Removed', review.removed, (entry) => [
    `#### ${cell(entry.name)} — ${entry.kind}, ${code(entry.source)}`,
    '',
    `- Its page ${entry.url} disappears; links and printed QR codes to it stop working.`,
  ]);
  if (context.unreadable.length > 0)
    lines.push(
      `Not compared, because they do not validate yet: ${context.unreadable.map(code).join(', ')}.`,
      '',
    );
  if (context.problems.length > 0) {
    lines.push('### Problems to fix', '', '```');
    lines.push(...context.problems.slice(0, 50).map(formatProblem));
    if (context.problems.length > 50)
      lines.push(`… and ${context.problems.length - 50} more: see the check's details.`);
    lines.push('```', '');
  }
  lines.push('### Preview', '');
  if (context.previewUrl) {
    const pages = [...review.added, ...review.changed, ...review.renamed].map(
      (entry) => `[${cell(entry.name)}](${new URL(entry.url, context.previewUrl).href})`,
    );
    lines.push(
      `Deploy preview: ${context.previewUrl}${pages.length > 0 ? ` — changed pages: ${pages.join(', ')}` : ''}`,
      '',
    );
  }
  if (context.runUrl)
    lines.push(
      `The built site is the **site-preview** artifact of [this check](${context.runUrl}) (at the bottom of its page): unzip it and serve the folder with any static web server, such as \`python3 -m http.server -d site-preview\`, then open http://localhost:8000/.`,
      '',
    );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The summary for a terminal: one line per entry with the fields that change. */
export function formatReviewText(review: Review): string {
  const line = (sign: string, entry: EntryReview, fields = '') =>
    `${sign} ${entry.kind} ${entry.id}  ${entry.name}${fields}`;
  const names = (entry: EntryReview) =>
    entry.fields.length > 0 ? `  (${entry.fields.map((field) => field.field).join(', ')})` : '';
  const lines = [
    ...review.privacy.map((flag) => `! privacy: ${flag.entry} ${flag.message.replace(/\*\*/g, '')}`),
    ...review.added.map((entry) => line('+', entry)),
    ...review.changed.map((entry) => line('~', entry, names(entry))),
    ...review.renamed.map((entry) => line('>', entry, `  (renamed from ${entry.renamedFrom?.id})`)),
    ...review.removed.map((entry) => line('-', entry)),
  ];
  const counts = `${review.added.length} added, ${review.changed.length} changed, ${review.renamed.length} renamed, ${review.removed.length} removed`;
  return [...lines, counts].join('\n');
}
