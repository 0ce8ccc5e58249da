import type { ScheduleRule } from '../../schemas/schedule.ts';
import { parseClockTime } from './clock-time.ts';
import { type CalendarDate, ruleDates } from './rule-dates.ts';
import { instantAt, isTimeZone, localTimeOf } from './zoned-time.ts';

/** One meeting (or opening) of a rule: when it starts and ends, and the rule it comes from. */
export interface Occurrence {
  start: Date;
  end: Date;
  rule: ScheduleRule;
}

/** What `nextOccurrences` looks for. */
export interface OccurrenceOptions {
  /** Occurrences that have not ended by this instant are returned, including one in progress. */
  from: Date;
  /** The site's IANA time zone, used for rules that do not name their own. */
  timezone: string;
  /** The most occurrences to return; 5 when not given. */
  count?: number;
  /** No occurrence starting after this instant is returned. */
  until?: Date;
}

/** How far ahead to look: a little over a year, so a rule that repeats every 12 months is still found. */
export const LOOKAHEAD_DAYS = 400;

const DEFAULT_COUNT = 5;

function zoneOf(rule: ScheduleRule, siteTimezone: string): string {
  const zone = rule.timezone ?? siteTimezone;
  if (!isTimeZone(zone)) throw new RangeError(`"${zone}" is not an IANA time zone`);
  return zone;
}

function instant(date: Date): number {
  const millis = date.getTime();
  if (Number.isNaN(millis)) throw new RangeError('an Invalid Date was given as `from` or `until`');
  return millis;
}

/** The start and end of a rule's meeting on a local date, with wall-clock times read in `zone`. */
function occurrenceOn(date: CalendarDate, rule: ScheduleRule, zone: string): Occurrence {
  const opens = parseClockTime(rule.opens_at);
  const closes = parseClockTime(rule.closes_at);
  const start = instantAt(date, opens, zone);
  let end = instantAt(date, closes, zone);
  // A start in a spring-forward gap moves forward; if that pushes it onto the end, keep the meeting's
  // scheduled length rather than let it shrink to nothing.
  if (end <= start)
    end = start + (closes.hour * 60 + closes.minute - (opens.hour * 60 + opens.minute)) * 60_000;
  return { start: new Date(start), end: new Date(end), rule };
}

/** The first `count` occurrences of one rule that end after `from` and start no later than `until`. */
function ruleOccurrences(
  rule: ScheduleRule,
  from: number,
  until: number | undefined,
  count: number,
  siteTimezone: string,
): Occurrence[] {
  const zone = zoneOf(rule, siteTimezone);
  // Meetings never run past midnight, so one that has not ended by `from` is on `from`'s local date or later.
  const first = localTimeOf(from, zone).date;
  const horizon = first + LOOKAHEAD_DAYS;
  const last = until === undefined ? horizon : Math.min(localTimeOf(until, zone).date, horizon);

  const found: Occurrence[] = [];
  for (const date of ruleDates(rule, first, last)) {
    const occurrence = occurrenceOn(date, rule, zone);
    if (occurrence.end.getTime() <= from) continue;
    if (until !== undefined && occurrence.start.getTime() > until) break;
    found.push(occurrence);
    if (found.length >= count) break;
  }
  return found;
}

/**
 * Every occurrence of a rule on the local dates `first` to `last` (in the rule's own zone, or the
 * site's), earliest first. For lists that ask about thousands of rules over the same few days at once.
 */
export function occurrencesOnDates(
  rule: ScheduleRule,
  first: CalendarDate,
  last: CalendarDate,
  siteTimezone: string,
): Occurrence[] {
  const zone = zoneOf(rule, siteTimezone);
  return [...ruleDates(rule, first, last)].map((date) => occurrenceOn(date, rule, zone));
}

/**
 * The coming occurrences of a set of rules, soonest first: those that have not ended at `from` (a meeting
 * in progress is included), at most `count`, none starting after `until`, looking at most
 * `LOOKAHEAD_DAYS` ahead. Times are wall-clock times in each rule's own time zone, or the site's.
 */
export function nextOccurrences(rules: readonly ScheduleRule[], options: OccurrenceOptions): Occurrence[] {
  const count = options.count ?? DEFAULT_COUNT;
  if (count <= 0) return [];
  const from = instant(options.from);
  const until = options.until === undefined ? undefined : instant(options.until);

  return rules
    .flatMap((rule) => ruleOccurrences(rule, from, until, count, options.timezone))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime())
    .slice(0, count);
}
