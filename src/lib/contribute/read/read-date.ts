import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * Calendar dates as people write them: 2026-11-20, 11/20/2026 (the US form), 20/11/2026, "Nov 20, 2026",
 * "20 de noviembre de 2026". A date like 05/06/2026 is read in the order the answer's language writes dates
 * in the site's country; when the site's own language writes them the other way round, it is asked.
 */

export interface DateOptions {
  /** Whether 05/06/2026 is May 6 (true), June 5 (false), or cannot be told (undefined). */
  monthFirst: boolean | undefined;
}

const MONTHS: Record<string, number> = {};
const monthNames = [
  'january jan enero ene',
  'february feb febrero',
  'march mar marzo',
  'april apr abril abr',
  'may mayo',
  'june jun junio',
  'july jul julio',
  'august aug agosto ago',
  'september sep sept septiembre setiembre',
  'october oct octubre',
  'november nov noviembre',
  'december dec diciembre dic',
];
monthNames.forEach((names, index) => {
  for (const name of names.split(' ')) MONTHS[name] = index + 1;
});

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
};

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

const notADate = (answer: string) =>
  `${quote(answer)} is not a date — write it as YYYY-MM-DD, like 2026-11-20`;

export function readDate(answer: string, options: DateOptions): Reading<string> {
  const text = answer
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .trim();
  const result = (year: number, month: number, day: number) => {
    const date = iso(year, month, day);
    return date ? read(date) : cannotRead(`${quote(answer)} is not a day of the calendar — check it`);
  };

  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return result(Number(match[1]), Number(match[2]), Number(match[3]));

  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3] ?? '');
    if (first > 12 && second <= 12) return result(year, second, first);
    if (second > 12 && first <= 12) return result(year, first, second);
    if (first === second || options.monthFirst !== undefined) {
      return options.monthFirst === false ? result(year, second, first) : result(year, first, second);
    }
    return cannotRead(
      `${quote(answer)} could be ${monthName(first)} ${second} or ${monthName(second)} ${first} — write it as YYYY-MM-DD`,
    );
  }

  // Month names: "November 20, 2026", "20 November 2026", "20 de noviembre de 2026".
  const parts = text
    .split(/[\s,.]+/)
    .filter((part) => part !== '' && part !== 'de' && part !== 'del' && part !== 'of');
  const month = parts.map((part) => MONTHS[part]).find((value) => value !== undefined);
  const numbers = parts.filter((part) => /^\d+$/.test(part));
  if (month !== undefined && numbers.length === 2 && parts.length === 3) {
    const year = numbers.find((value) => value.length === 4);
    const day = numbers.find((value) => value.length <= 2);
    if (year && day) return result(Number(year), month, Number(day));
  }
  return cannotRead(notADate(answer));
}

const monthName = (month: number) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));

/** Whether dates are written month first in a language in a country (en-US: yes; es-US, en-GB: no). */
export function writesMonthFirst(lang: string, country: string): boolean {
  const parts = new Intl.DateTimeFormat(`${lang}-${country}`, { timeZone: 'UTC' }).formatToParts(
    Date.UTC(2026, 10, 20),
  );
  const order = parts.map((part) => part.type);
  return order.indexOf('month') < order.indexOf('day');
}
