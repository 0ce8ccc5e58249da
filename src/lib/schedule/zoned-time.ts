import { TZDate } from '@date-fns/tz';
import { type CalendarDate, calendarDateOf, partsOf } from './calendar-date.ts';
import type { ClockTime } from './clock-time.ts';

/**
 * Where calendar dates meet clocks in a time zone. The zone rules come from the browser's or Node's own
 * time zone database (Intl), read through @date-fns/tz, so no zone data ships with the site. A wall-clock
 * time that does not exist (the hour skipped in spring) moves forward, as the clocks do; one that happens
 * twice (the hour repeated in autumn) is the first of the two.
 */

const validZones = new Map<string, boolean>();

/** Whether `zone` is an IANA time zone this runtime knows, such as "America/Chicago". */
export function isTimeZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(zone, valid);
  }
  return valid;
}

/** The local date and the minutes since local midnight of an instant in a zone. */
export function localTimeOf(instant: number, zone: string): { date: CalendarDate; minutes: number } {
  const local = new TZDate(instant, zone);
  return {
    date: calendarDateOf(local.getFullYear(), local.getMonth() + 1, local.getDate()),
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

/** An instant as `"HH:MM"` on the 24-hour clock in a zone. */
export function clockTimeOf(instant: number, zone: string): string {
  const { minutes } = localTimeOf(instant, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

// Lists ask for the same few clock times on the same few dates thousands of times.
const instants = new Map<string, number>();
const MAX_REMEMBERED = 20_000;

/** The instant a wall-clock time on a local date happens in a zone. */
export function instantAt(date: CalendarDate, clock: ClockTime, zone: string): number {
  const key = `${zone} ${date} ${clock.hour} ${clock.minute}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const { year, month, day } = partsOf(date);
    instant = new TZDate(year, month - 1, day, clock.hour, clock.minute, zone).getTime();
    if (instants.size >= MAX_REMEMBERED) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}
