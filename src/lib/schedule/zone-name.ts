import { memoize } from '../memoize.ts';

/**
 * A time zone's name for people, the same all year round: "Central Time" rather than "Central Standard
 * Time", which would be wrong for half of it.
 */
export const zoneName = memoize(
  (timezone: string, lang: string): string | undefined =>
    new Intl.DateTimeFormat(lang, { timeZone: timezone, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((part) => part.type === 'timeZoneName')?.value,
);
