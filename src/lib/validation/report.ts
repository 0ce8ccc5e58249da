import type { CollectionName, Problem, ValidationResult } from './problem.ts';

/**
 * Text as it may be echoed from a file: line breaks, other control characters, direction overrides and
 * zero-width characters written as `\n`, `\u202E`…, so a crafted value can neither start a new line (a
 * `::error` workflow command in a CI log) nor reorder or hide what the volunteer reads.
 */
export function printable(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu,
    (character) =>
      character === '\n'
        ? '\\n'
        : character === '\t'
          ? '\\t'
          : `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** `content/groups/x.yaml:12:5  meetings.0.closes_at  ends (18:00) before it starts … — …` */
export function formatProblem(problem: Problem): string {
  return `${printable(problem.file)}:${problem.line}:${problem.column}  ${printable(problem.field)}  ${printable(problem.message)}`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const SUMMARY_ORDER: [CollectionName, string][] = [
  ['groups', 'group'],
  ['services', 'service'],
  ['organizations', 'organization'],
  ['topics', 'topic'],
  ['areas', 'area'],
  ['guides', 'guide'],
  ['pages', 'page'],
];

/** "3 problems in 2 files", or "Content is valid: 41 groups, 26 services, … checked." */
export function formatSummary(result: ValidationResult): string {
  const count = result.problems.length;
  if (count > 0) {
    const files = new Set(result.problems.map((problem) => problem.file)).size;
    return `${plural(count, 'problem')} in ${plural(files, 'file')}`;
  }
  const parts = SUMMARY_ORDER.map(([collection, noun]) => plural(result.checked[collection], noun));
  return `Content is valid: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} checked.`;
}

/** The report a volunteer reads: one line per problem, a blank line, then the summary. */
export function formatReport(result: ValidationResult): string {
  const lines = result.problems.map(formatProblem);
  return [...lines, ...(lines.length > 0 ? [''] : []), formatSummary(result)].join('\n');
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (value: string) =>
  printable(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
const escapeProperty = (value: string) => escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=…,line=…,col=…,title=…::…` — shown by GitHub next to the line in the pull request. */
export function formatAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.field)}`,
  ].join(',');
  return `::error ${properties}::${escapeData(problem.message)}`;
}

const escapeCell = (value: string) =>
  printable(value.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' '));
const code = (value: string) => (value.includes('`') ? escapeCell(value) : `\`${escapeCell(value)}\``);

/** A Markdown section for `$GITHUB_STEP_SUMMARY`: the summary line and a table of problems. */
export function formatStepSummary(result: ValidationResult): string {
  const lines = ['## Content check', '', formatSummary(result), ''];
  if (result.problems.length > 0) {
    lines.push('| File | Line | Field | Problem |', '| --- | ---: | --- | --- |');
    for (const problem of result.problems) {
      lines.push(
        `| ${code(problem.file)} | ${problem.line} | ${code(problem.field)} | ${escapeCell(problem.message)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
