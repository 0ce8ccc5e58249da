import { useStrings } from '../i18n/index.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';
import type { PublicEntry } from './directory/types.ts';
import { describeOpeningHours } from './schedule/describe-hours.ts';
import { describeRule } from './schedule/describe-rule.ts';

/**
 * Words for an entry's schedule in a language: one line per rule for groups; for services, opening hours
 * as services say them ("Monday to Friday, 9:00 am–5:00 pm"). Components show these; the rules themselves go to the browser for "next meeting".
 */
export function scheduleLines(entry: PublicEntry, siteTimezone: string, lang: string): string[] {
  const { ui, schedule } = useStrings(lang);
  const describe = (rule: ScheduleRule) => describeRule(rule, { lang, phrases: schedule, siteTimezone });
  if (entry.kind === 'group') return entry.meetings.map(describe);
  if (entry.hours.kind === 'always') return [ui.entry.alwaysOpen];
  if (entry.hours.kind === 'appointment') return [ui.entry.byAppointment];
  return describeOpeningHours(entry.hours.rules, { lang, phrases: schedule, siteTimezone });
}

/** The rules behind an entry's schedule, for client scripts that compute the next occurrence. */
export function scheduleRules(entry: PublicEntry): ScheduleRule[] {
  return entry.kind === 'group' ? entry.meetings : entry.hours.rules;
}

/** A piece of a sentence: interface text, or a volunteer's text with the language it is written in. */
export type TextPiece = string | { text: string; lang?: string | undefined };

/** Cost in pieces: ["Free"], or ["Fee: ", { text: "$10 a session", lang }] so the description keeps its language. */
export function costPieces(entry: PublicEntry, lang: string): TextPiece[] {
  const { ui } = useStrings(lang);
  const label = ui.cost[entry.cost.kind];
  return entry.cost.description
    ? [`${label}: `, { text: entry.cost.description, lang: entry.textLang.costDescription }]
    : [label];
}

/** Cost in words: "Free", or "Fee: $10 a session, sliding scale". */
export function costText(entry: PublicEntry, lang: string): string {
  return costPieces(entry, lang)
    .map((piece) => (typeof piece === 'string' ? piece : piece.text))
    .join('');
}

/** What a card says about where: the venue and area, the area only, "location on request", or online. */
export function cardWhere(
  entry: PublicEntry,
  lang: string,
): { icon: 'pin' | 'area' | 'online' | 'info'; text: string } {
  const { ui } = useStrings(lang);
  const location = entry.location;
  const hybrid = entry.kind === 'group' && entry.attendance === 'hybrid' ? `${ui.attendance.hybrid} · ` : '';
  switch (location.kind) {
    case 'address': {
      const place = location.venue ?? location.lines[0];
      return { icon: 'pin', text: `${hybrid}${[place, location.area.label].filter(Boolean).join(', ')}` };
    }
    case 'area':
      return { icon: 'area', text: `${hybrid}${ui.card.areaOnly(location.area.label)}` };
    case 'on_request':
      return {
        icon: 'info',
        text: location.area ? ui.card.onRequestArea(location.area.label) : ui.card.onRequest,
      };
    case 'online':
      return { icon: 'online', text: entry.kind === 'group' ? ui.attendance.online : ui.card.remoteService };
  }
}

/** Where an entry meets, in a few words: its area, and "Online" or "In person and online" when it applies. */
export function whereText(entry: PublicEntry, lang: string): string | undefined {
  const { ui } = useStrings(lang);
  return entry.kind === 'group' && entry.attendance !== 'in_person'
    ? [ui.attendance[entry.attendance], entry.location.area?.label].filter(Boolean).join(' · ')
    : entry.location.area?.label;
}
