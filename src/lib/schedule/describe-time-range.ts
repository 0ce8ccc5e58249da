import { memoize } from '../memoize.ts';
import { parseClockTime } from './clock-time.ts';

// Building an Intl formatter costs far more than using one, and a directory formats thousands of times.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(lang: string): Intl.DateTimeFormat {
  let format = clockFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    clockFormats.set(lang, format);
  }
  return format;
}

function clockParts(time: string, lang: string): Intl.DateTimeFormatPart[] {
  const { hour, minute } = parseClockTime(time);
  return clockFormat(lang).formatToParts(Date.UTC(2000, 0, 1, hour, minute));
}

function partsText(parts: readonly Intl.DateTimeFormatPart[], lang: string): string {
  return (
    parts
      .map((part) => (part.type === 'dayPeriod' ? part.value.toLocaleLowerCase(lang) : part.value))
      .join('')
      // ICU versions differ on the space before "pm" (plain, no-break or narrow no-break); one kind of
      // space keeps build output and browser output identical.
      .replace(/[\u00a0\u202f]/g, ' ')
      .trim()
  );
}

/** One clock time, written the language's way: "6:30 pm" in English, "18:30" in Spanish. */
export const describeClockTime = memoize((time: string, lang: string): string =>
  partsText(clockParts(time, lang), lang),
);

/**
 * A span of clock times, written the language's way: "6:30–8:00 pm" in English (am/pm once when both
 * ends share it), "18:30–20:00" in Spanish. Times are `"HH:MM"` on the 24-hour clock.
 */
export const describeTimeRange = memoize((opens: string, closes: string, lang: string): string => {
  let start = clockParts(opens, lang);
  let end = clockParts(closes, lang);
  const startPeriod = start.findIndex((part) => part.type === 'dayPeriod');
  const endPeriod = end.find((part) => part.type === 'dayPeriod');
  if (startPeriod !== -1 && start[startPeriod]?.value === endPeriod?.value) {
    // Keep the shared am/pm on the side where the language writes it: after the time, or before it.
    const periodFirst = startPeriod < start.findIndex((part) => part.type === 'hour');
    if (periodFirst) end = end.filter((part) => part.type !== 'dayPeriod');
    else start = start.filter((part) => part.type !== 'dayPeriod');
  }
  return `${partsText(start, lang)}–${partsText(end, lang)}`;
});
