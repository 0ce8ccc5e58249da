import type { ByDay, ScheduleRule } from '../../schemas/schedule.ts';
import { weekdayCodes } from '../../schemas/vocabularies.ts';
import {
  addMonths,
  type CalendarDate,
  isoWeekday,
  monthEnd,
  monthStart,
  monthsBetween,
  parseCalendarDate,
  weekStart,
} from './calendar-date.ts';

export type { CalendarDate } from './calendar-date.ts';

/** The schedule's weekday codes run Monday to Sunday, the same order as ISO weekdays 1 to 7. */
function isoWeekdayOf(day: ByDay): number {
  return weekdayCodes.indexOf(day.weekday) + 1;
}

/** The date of the nth weekday (-1 = last) in the month that starts at `start`, if the month has one. */
function nthWeekdayOfMonth(start: CalendarDate, day: ByDay): CalendarDate | undefined {
  const weekday = isoWeekdayOf(day);
  if (day.ordinal === -1) {
    const last = monthEnd(start);
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = start + ((weekday - isoWeekday(start) + 7) % 7);
  const date = first + ((day.ordinal ?? 1) - 1) * 7;
  return monthStart(date) === start ? date : undefined;
}

/** The rule's dates in one week (Monday to Sunday) or one month, earliest first, without repeats. */
function datesInPeriod(rule: ScheduleRule, periodStart: CalendarDate): CalendarDate[] {
  const dates =
    rule.freq === 'weekly'
      ? rule.byday.map((day) => periodStart + isoWeekdayOf(day) - 1)
      : rule.byday.flatMap((day) => nthWeekdayOfMonth(periodStart, day) ?? []);
  return [...new Set(dates)].sort((a, b) => a - b);
}

/** Weekly rules step by weeks and monthly ones by months; both count whole periods from an anchor. */
function periodsOf(rule: ScheduleRule) {
  if (rule.freq === 'weekly') {
    return {
      startOf: weekStart,
      plus: (period: CalendarDate, n: number) => period + n * 7,
      between: (from: CalendarDate, to: CalendarDate) => Math.round((to - from) / 7),
    };
  }
  return { startOf: monthStart, plus: addMonths, between: monthsBetween };
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
  const validFrom = rule.valid_from === undefined ? undefined : parseCalendarDate(rule.valid_from);
  const validTo = rule.valid_to === undefined ? undefined : parseCalendarDate(rule.valid_to);
  const start = validFrom !== undefined && validFrom > first ? validFrom : first;
  const end = validTo !== undefined && validTo < last ? validTo : last;
  if (start > end) return;

  const periods = periodsOf(rule);
  let period = periods.startOf(start);
  if (rule.interval > 1) {
    // The schema requires valid_from when interval > 1; falling back to `start` keeps this total anyway.
    const elapsed = periods.between(periods.startOf(validFrom ?? start), period);
    const offCycle = ((elapsed % rule.interval) + rule.interval) % rule.interval;
    if (offCycle > 0) period = periods.plus(period, rule.interval - offCycle);
  }

  // Stepping whole cycles skips off weeks and months, so the work grows with meetings, not with days.
  for (; period <= end; period = periods.plus(period, rule.interval)) {
    for (const date of datesInPeriod(rule, period)) {
      if (date >= start && date <= end) yield date;
    }
  }
}
