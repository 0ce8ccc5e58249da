import type { SchedulePhrases } from '../../i18n/en/schedule.ts';
import { describeTimeRange } from './describe-time-range.ts';
import type { Occurrence } from './occurrences.ts';
import { clockTimeOf, localTimeOf } from './zoned-time.ts';

/** The language to write in and the time zone to show times in (usually the site's). */
export interface FormatOccurrenceOptions {
  lang: string;
  timezone: string;
}

// Building an Intl formatter costs far more than using one; lists format many occurrences.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Wednesday, December 9" in this language and zone, one formatter per pair. */
export function dayFormat(lang: string, timezone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timezone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: timezone,
    });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * One occurrence as its day and times in `timezone`, written the language's way:
 * "Tuesday, December 1, 6:30–8:00 pm" in English.
 */
export function formatOccurrence(
  occurrence: Occurrence,
  { lang, timezone }: FormatOccurrenceOptions,
): string {
  const clock = (instant: Date) => clockTimeOf(instant.getTime(), timezone);
  const day = dayFormat(lang, timezone).format(occurrence.start);
  return `${day}, ${describeTimeRange(clock(occurrence.start), clock(occurrence.end), lang)}`;
}

/**
 * "today" or "tomorrow" when the occurrence starts on that local date in `timezone`; otherwise undefined,
 * and the caller shows the date instead.
 */
export function relativeDay(
  occurrence: Occurrence,
  now: Date,
  timezone: string,
  phrases: Pick<SchedulePhrases, 'today' | 'tomorrow'>,
): string | undefined {
  const day = localTimeOf(occurrence.start.getTime(), timezone).date;
  const today = localTimeOf(now.getTime(), timezone).date;
  if (day === today) return phrases.today;
  if (day === today + 1) return phrases.tomorrow;
  return undefined;
}
