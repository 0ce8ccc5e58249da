/**
 * Calendar dates with no time of day and no place, as whole day numbers (days since 1970-01-01). Adding
 * days, finding a week's Monday or a month's first day is plain integer arithmetic: there is no daylight
 * saving in a calendar. Time zones come in only when a date meets a clock time (zoned-time.ts).
 */
export type CalendarDate = number;

const DAY_MS = 86_400_000;

/** The date of a year, month (1–12) and day; out-of-range days roll over, as `Date.UTC` does. */
export function calendarDateOf(year: number, month: number, day: number): CalendarDate {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A `YYYY-MM-DD` date. */
export function parseCalendarDate(isoDate: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  const date = year === undefined ? Number.NaN : calendarDateOf(year, month ?? 0, day ?? 0);
  if (Number.isNaN(date) || formatCalendarDate(date) !== isoDate) {
    throw new RangeError(`"${isoDate}" is not a date in YYYY-MM-DD form`);
  }
  return date;
}

/** The year, month (1–12) and day of a date. */
export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  const utc = new Date(date * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** A date as `YYYY-MM-DD`. */
export function formatCalendarDate(date: CalendarDate): string {
  return new Date(date * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday, 1 (Monday) to 7 (Sunday), the order of the schedule's weekday codes. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((date + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week (Monday to Sunday, iCalendar's default WKST=MO) that holds `date`. */
export function weekStart(date: CalendarDate): CalendarDate {
  return date - (isoWeekday(date) - 1);
}

/** The first day of the month that holds `date`. */
export function monthStart(date: CalendarDate): CalendarDate {
  const { year, month } = partsOf(date);
  return calendarDateOf(year, month, 1);
}

/** The first day of the month `months` after the month that holds `date`. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = partsOf(date);
  return calendarDateOf(year, month + months, 1);
}

/** Whole months from the month of `from` to the month of `to`. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The last day of the month that holds `date`. */
export function monthEnd(date: CalendarDate): CalendarDate {
  return addMonths(date, 1) - 1;
}
