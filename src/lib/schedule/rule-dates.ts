import { DateTime, type DurationLike } from 'luxon';
import type { ByDay, ScheduleRule } from '../../schemas/schedule.ts';
import { weekdayCodes } from '../../schemas/vocabularies.ts';

/**
 * A calendar date with no time of day and no place, held as midnight UTC: UTC has no daylight saving,
 * so adding days and counting weeks between dates is exact.
 */
export type CalendarDate = DateTime;

/** A `YYYY-MM-DD` date as a calendar date. */
export function calendarDate(isoDate: string): CalendarDate {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!date.isValid) throw new RangeError(`"${isoDate}" is not a date in YYYY-MM-DD form`);
  return date;
}

/** The calendar date that a zoned luxon DateTime falls on, in its own zone. */
export function calendarDateOf(local: DateTime): CalendarDate {
  return DateTime.utc(local.year, local.month, local.day);
}

/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday), the same order as the schedule's codes. */
function luxonWeekday(day: ByDay): number {
  return weekdayCodes.indexOf(day.weekday) + 1;
}

/** The date of the nth weekday (-1 = last) in the month that starts at `monthStart`, if the month has one. */
function nthWeekdayOfMonth(monthStart: CalendarDate, day: ByDay): CalendarDate | undefined {
  const weekday = luxonWeekday(day);
  if (day.ordinal === -1) {
    const lastDay = monthStart.endOf('month').startOf('day');
    return lastDay.minus({ days: (lastDay.weekday - weekday + 7) % 7 });
  }
  const first = monthStart.plus({ days: (weekday - monthStart.weekday + 7) % 7 });
  const date = first.plus({ weeks: (day.ordinal ?? 1) - 1 });
  return date.month === monthStart.month ? date : undefined;
}

/** The rule's dates in one week (Monday to Sunday) or one month, earliest first, without repeats. */
function datesInPeriod(rule: ScheduleRule, periodStart: CalendarDate): CalendarDate[] {
  const dates =
    rule.freq === 'weekly'
      ? rule.byday.map((day) => periodStart.plus({ days: luxonWeekday(day) - 1 }))
      : rule.byday.flatMap((day) => nthWeekdayOfMonth(periodStart, day) ?? []);
  const unique = [...new Map(dates.map((date) => [date.toMillis(), date])).values()];
  return unique.sort((a, b) => a.toMillis() - b.toMillis());
}

/**
 * The local calendar dates from `first` to `last` (both included) on which a rule meets, earliest first,
 * within the rule's `valid_from`/`valid_to`. A rule repeating every `interval` weeks or months counts
 * them from the week (Monday to Sunday, as iCalendar's default WKST=MO) or month that holds `valid_from`.
 */
export function* ruleDates(
  rule: ScheduleRule,
  first: CalendarDate,
  last: CalendarDate,
): Generator<CalendarDate> {
  const validFrom = rule.valid_from === undefined ? undefined : calendarDate(rule.valid_from);
  const validTo = rule.valid_to === undefined ? undefined : calendarDate(rule.valid_to);
  const start = validFrom && validFrom > first ? validFrom : first;
  const end = validTo && validTo < last ? validTo : last;
  if (start > end) return;

  const weekly = rule.freq === 'weekly';
  const periods = (n: number): DurationLike => (weekly ? { weeks: n } : { months: n });
  const periodOf = (date: CalendarDate): CalendarDate => date.startOf(weekly ? 'week' : 'month');

  let period = periodOf(start);
  if (rule.interval > 1) {
    // The schema requires valid_from when interval > 1; falling back to `start` keeps this total anyway.
    const anchor = periodOf(validFrom ?? start);
    const elapsed = Math.round(
      period.diff(anchor, weekly ? 'weeks' : 'months').as(weekly ? 'weeks' : 'months'),
    );
    const offCycle = ((elapsed % rule.interval) + rule.interval) % rule.interval;
    if (offCycle > 0) period = period.plus(periods(rule.interval - offCycle));
  }

  // Stepping whole cycles skips off weeks and months, so the work grows with meetings, not with days.
  for (; period <= end; period = period.plus(periods(rule.interval))) {
    for (const date of datesInPeriod(rule, period)) {
      if (date >= start && date <= end) yield date;
    }
  }
}
