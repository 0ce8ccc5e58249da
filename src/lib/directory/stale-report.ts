import { isStale } from '../staleness.ts';
import type { Directory, PublicEntry } from './types.ts';

/** Entries not verified for a while, grouped by area for volunteers who check their own neighbourhood. */
export interface StaleReport {
  months: number;
  today: string;
  /** Area label → entries, oldest first; areas by label, entries with no area last. */
  byArea: [string, PublicEntry[]][];
  count: number;
}

export const NO_AREA = 'No area (online or phone)';

/** Entries (closed ones left out) whose last_verified is more than `months` months before `today`. */
export function staleReport(directory: Directory, today: string, months: number): StaleReport {
  const groups = new Map<string, PublicEntry[]>();
  for (const entry of [...directory.groups, ...directory.services]) {
    if (entry.status === 'closed' || !isStale(entry.lastVerified, today, months)) continue;
    const area = entry.location.area?.label ?? NO_AREA;
    groups.set(area, [...(groups.get(area) ?? []), entry]);
  }
  const byArea = [...groups.entries()]
    .map(([area, entries]): [string, PublicEntry[]] => [
      area,
      entries.sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.id.localeCompare(b.id)),
    ])
    .sort(([a], [b]) => (a === NO_AREA ? 1 : b === NO_AREA ? -1 : a.localeCompare(b, 'en')));
  return { months, today, byArea, count: [...groups.values()].flat().length };
}

const headline = (report: StaleReport) =>
  `${report.count} ${report.count === 1 ? 'entry was' : 'entries were'} last verified over ${report.months} months before ${report.today}.`;

export function formatStaleText(report: StaleReport): string {
  const lines = [headline(report)];
  for (const [area, entries] of report.byArea) {
    lines.push('', `${area} (${entries.length})`);
    for (const entry of entries)
      lines.push(`  ${entry.lastVerified}  ${entry.kind.padEnd(7)}  ${entry.name}  ${entry.source}`);
  }
  return lines.join('\n');
}

/** Markdown for the monthly tracking issue: one table per area, with a checkbox per entry. */
export function formatStaleMarkdown(report: StaleReport, siteUrl: string): string {
  const lines = [headline(report), ''];
  if (report.count === 0) return `${lines.join('\n')}Nothing to check this month.\n`;
  lines.push(
    'To verify one: check it with the organisers, then update `last_verified` (see CONTRIBUTING.md).',
    '',
  );
  for (const [area, entries] of report.byArea) {
    lines.push(
      `### ${area} (${entries.length})`,
      '',
      '| Entry | Kind | Last verified | File |',
      '| --- | --- | --- | --- |',
    );
    for (const entry of entries) {
      const page = new URL(entry.url, siteUrl).href;
      lines.push(
        `| [${entry.name.replace(/[|[\]]/g, '\\$&')}](${page}) | ${entry.kind} | ${entry.lastVerified} | \`${entry.source}\` |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
