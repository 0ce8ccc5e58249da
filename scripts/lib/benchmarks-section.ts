/**
 * Writes a benchmark's figures into BENCHMARKS.md between two marker comments, replacing what the last
 * run wrote there, so the committed figures are always a whole run's and never hand-edited.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the section named `key` (or, the first time, adds it at the end of the chapter that starts
 * with `heading`, creating that chapter at the end of the file when it is missing).
 */
export function writeBenchmarkSection(file: string, heading: string, key: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${key} -->`;
  const end = `<!-- /${key} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    writeFileSync(file, text.slice(0, from) + section + text.slice(to + end.length));
    return;
  }
  const chapter = text.indexOf(`\n${heading}\n`);
  if (chapter < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${heading}\n\n${section}\n`);
    return;
  }
  // The chapter ends where the next chapter of the same level starts.
  const level = heading.split(' ')[0];
  const next = text.indexOf(`\n${level} `, chapter + heading.length + 1);
  const at = next < 0 ? text.length : next;
  writeFileSync(file, `${text.slice(0, at).trimEnd()}\n\n${section}\n${text.slice(at)}`);
}

/** A Markdown table: a header row, an alignment row (numbers right-aligned) and the rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = header.map((_, column) =>
    rows.every((row) => /^[\d.,\s×%<≤KMGiBsm()-]+$/.test(row[column] ?? '')),
  );
  return [
    `| ${header.join(' | ')} |`,
    `| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
