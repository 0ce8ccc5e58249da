import { tzlib_get_offset } from 'timezones-ical-library';
import { memoize } from '../memoize.ts';

/**
 * Wall-clock times in a named time zone and the instants they are, for formats that need UTC (an
 * iCalendar UNTIL). The zone rules come from timezones-ical-library, the same data as the VTIMEZONEs.
 */

/**
 * The UTC offset in force: remembered, as the library reads the zone's rules on every call and a build
 * asks about the same few dates (entries' verified and valid dates) for every calendar of every group.
 */
const offsetOf = memoize((zone: string, isoDate: string, time: string) =>
  String(tzlib_get_offset(zone, isoDate, time)),
);

/** The instant a local date and `HH:MM` time in `zone` is. */
export function instantOf(zone: string, isoDate: string, time: string): Date {
  const offset = offsetOf(zone, isoDate, time);
  const match = /^([+-])(\d\d):?(\d\d)$/.exec(offset);
  if (!match) throw new RangeError(`no UTC offset is known for ${zone} on ${isoDate} at ${time}`);
  return new Date(`${isoDate}T${time}:00${match[1]}${match[2]}:${match[3]}`);
}

const dateFormat = memoize(
  (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
);

/** The local calendar date (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return dateFormat(zone).format(instant);
}
