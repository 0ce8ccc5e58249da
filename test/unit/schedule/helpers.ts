import type { z } from 'astro/zod';
import { DateTime } from 'luxon';
import { type ScheduleRule, ScheduleRuleSchema } from '../../../src/schemas/schedule.ts';

export const CHICAGO = 'America/Chicago';
export const LONDON = 'Europe/London';

/** A rule as a volunteer writes it in YAML. */
export type RuleInput = z.input<typeof ScheduleRuleSchema>;

/** A rule as a volunteer would write it in YAML, normalised by the real schema. */
export function rule(input: RuleInput): ScheduleRule {
  const { notes: _notes, ...parsed } = ScheduleRuleSchema.parse(input);
  return parsed;
}

/** An instant from an ISO string with its offset, such as "2026-12-01T19:00-06:00". */
export function at(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`bad test instant ${iso}`);
  return date;
}

/** An instant as local wall-clock time with its offset in a zone: "2026-12-01T19:00-06:00". */
export function local(instant: Date, zone: string = CHICAGO): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/** Occurrences as "start/end" local strings, easy to read in a failing test. */
export function spans(occurrences: readonly { start: Date; end: Date }[], zone: string = CHICAGO): string[] {
  return occurrences.map(
    (o) => `${local(o.start, zone)}/${DateTime.fromJSDate(o.end, { zone }).toFormat('HH:mm')}`,
  );
}

/** Only the local start dates, for tests about which days a rule falls on. */
export function dates(occurrences: readonly { start: Date }[], zone: string = CHICAGO): string[] {
  return occurrences.map((o) => DateTime.fromJSDate(o.start, { zone }).toFormat('yyyy-MM-dd'));
}
