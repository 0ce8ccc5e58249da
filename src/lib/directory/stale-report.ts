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

/** The hidden tag after each entry's line, so next month's report knows which ones were claimed. */
const entryTag = (entry: PublicEntry) => `<!-- entry: ${entry.kind}/${entry.id} -->`;

/** The entries ticked ("- [x]") in last month's issue, by their tags. */
export function claimedEntries(previousBody: string): Set<string> {
  const claimed = new Set<string>();
  for (const match of previousBody.matchAll(/^- \[[xX]\] .*<!-- entry: ([a-z]+\/[a-z0-9-]+) -->/gm))
    if (match[1]) claimed.add(match[1]);
  return claimed;
}

export interface StaleLinks {
  /** The public page of an entry. */
  page: (entry: PublicEntry) => string;
  /** The "Still correct" form, prefilled. */
  stillCorrect: (entry: PublicEntry) => string;
  /** The entry's file in GitHub's web editor. */
  edit: (entry: PublicEntry) => string;
}

/**
 * Markdown for the monthly tracking issue: one list per area, a checkbox per entry that a volunteer
 * ticks to claim it, and beside each the links that finish the job: "Still correct" (a form that only
 * updates the date) and the file in GitHub's web editor. Boxes ticked last month stay ticked.
 */
export function formatStaleMarkdown(
  report: StaleReport,
  links: StaleLinks,
  claimed = new Set<string>(),
): string {
  const lines = [headline(report), ''];
  if (report.count === 0) return `${lines.join('\n')}Nothing to check this month.\n`;
  lines.push(
    '**To help:** tick the box before an entry to say you are checking it (or comment "I\'ll check …" if you cannot tick). Check the details with the group or service itself, then:',
    '',
    '- if everything is right, follow **Still correct** and give the date you checked;',
    '- if something changed, follow **Edit** (or "Suggest a change" on its page). CONTRIBUTING.md explains both.',
    '',
  );
  for (const [area, entries] of report.byArea) {
    lines.push(`### ${area} (${entries.length})`, '');
    for (const entry of entries) {
      const box = claimed.has(`${entry.kind}/${entry.id}`) ? 'x' : ' ';
      const name = entry.name.replace(/[|[\]]/g, '\\$&');
      lines.push(
        `- [${box}] **[${name}](${links.page(entry)})** (${entry.kind}) — last checked ${entry.lastVerified} · [Still correct](${links.stillCorrect(entry)}) · [Edit](${links.edit(entry)}) ${entryTag(entry)}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
