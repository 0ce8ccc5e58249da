import type { Weekday } from '../../schemas/vocabularies.ts';
import { weekdayCodes } from '../../schemas/vocabularies.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A weekday's full name in a language, from Intl: "Tuesday", "martes". */
export function weekdayName(weekday: Weekday, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  // 1 January 2024 was a Monday, so day 1 + n is the nth weekday after Monday.
  return format.format(Date.UTC(2024, 0, 1 + weekdayCodes.indexOf(weekday)));
}
