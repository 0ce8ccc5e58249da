import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * Times of day as people write them — "7pm", "8:30 p.m.", "19:00", "19h", "noon", "7 de la tarde" —
 * read onto the 24-hour "HH:MM" the schema wants. "7:00" alone could be morning or evening, so it is
 * read only when the other end of the range says which ("7–8:30pm", or an end of "20:30").
 */

type Meridiem = 'am' | 'pm';

interface Clock {
  hour: number;
  minute: number;
  meridiem?: Meridiem;
  /** Written on the 24-hour clock beyond doubt: "19:00", "07:30", "0:15", "19h". */
  twentyFour: boolean;
  text: string;
}

const CLOCK =
  /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(a\.?\s*m\.?|p\.?\s*m\.?|h|hrs?|horas?)?(?:\s+(?:de la|in the|at)\s+(manana|morning|tarde|noche|afternoon|evening|night))?$/;

const PM_WORDS = new Set(['tarde', 'noche', 'afternoon', 'evening', 'night']);

function clockOf(answer: string): Clock | undefined {
  const text = answer
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:at|a las|a la|around|approx\.?|about)\s+/g, '')
    .trim();
  if (/^(?:noon|midday|mediodia|12 noon)$/.test(text)) return { hour: 12, minute: 0, twentyFour: true, text };
  if (/^(?:midnight|medianoche)$/.test(text)) return { hour: 0, minute: 0, twentyFour: true, text };
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, hourText = '', minuteText, suffix = '', partOfDay] = match;
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (hour > 24 || minute > 59) return undefined;
  const meridiem: Meridiem | undefined = suffix.startsWith('a')
    ? 'am'
    : suffix.startsWith('p')
      ? 'pm'
      : partOfDay
        ? PM_WORDS.has(partOfDay)
          ? 'pm'
          : 'am'
        : undefined;
  const twentyFour =
    meridiem === undefined && (hour >= 13 || hour === 0 || /^0\d/.test(hourText) || /^h/.test(suffix));
  return { hour, minute, ...(meridiem ? { meridiem } : {}), twentyFour, text: answer.trim() };
}

/** Minutes after midnight, or undefined while the clock is ambiguous. */
function minutesOf(clock: Clock, meridiem = clock.meridiem): number | undefined {
  if (meridiem === undefined) {
    if (clock.twentyFour || clock.hour === 12) return (clock.hour % 24) * 60 + clock.minute;
    return undefined;
  }
  if (clock.hour > 12 || clock.hour === 0) return undefined; // "14pm"
  const hour = (clock.hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return hour * 60 + clock.minute;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const ambiguous = (clock: Clock) =>
  `${quote(clock.text)} could be morning or evening — write ${clock.hour}:${String(clock.minute).padStart(2, '0')} pm, ${clock.hour}:${String(clock.minute).padStart(2, '0')} am, or use the 24-hour clock (${hhmm(((clock.hour % 12) + 12) * 60 + clock.minute)})`;

const unreadable = (answer: string) => `${quote(answer)} is not a time — write it like 7pm, 7:30 pm or 19:30`;

/** One time on its own. */
export function readTime(answer: string): Reading<string> {
  const clock = clockOf(answer);
  if (!clock) return cannotRead(unreadable(answer));
  const minutes = minutesOf(clock);
  return minutes === undefined ? cannotRead(ambiguous(clock)) : read(hhmm(minutes));
}

const RANGE = /\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\bthrough\b|\ba\b|\bhasta\b)\s*/i;

/** Whether an answer holds a range such as "7–8:30pm" or "de 7 a 8:30 pm". */
export function looksLikeRange(answer: string): boolean {
  const parts = answer.replace(/^\s*(?:from|de|desde)\s+/i, '').split(RANGE);
  return parts.length === 2 && parts.every((part) => clockOf(part) !== undefined);
}

/**
 * A start and an end: "7–8:30pm" in one answer, or two answers. Where only one end says am or pm, the
 * other takes the same unless that would end before it starts ("11–1pm" is 11 am to 1 pm); where one
 * end is on the 24-hour clock, so is the other.
 */
type RangeReading = Reading<{ opens: string; closes: string }> & { at?: 'start' | 'end' };

export function readTimeRange(start: string, end?: string): RangeReading {
  let from = start;
  let to = end;
  if (to === undefined) {
    const parts = start.replace(/^\s*(?:from|de|desde)\s+/i, '').split(RANGE);
    if (parts.length !== 2)
      return cannotRead(`${quote(start)} is not a start and end time — write it like 7–8:30pm`);
    [from = '', to = ''] = parts;
  }
  const a = clockOf(from);
  const b = clockOf(to);
  if (!a) return { problem: unreadable(from), at: 'start' };
  if (!b) return { problem: unreadable(to), at: 'end' };
  const opens = minutesOf(a) ?? together(a, b, 'start');
  const closes = minutesOf(b) ?? together(b, a, 'end', opens);
  if (opens === undefined) return { problem: ambiguous(a), at: 'start' };
  if (closes === undefined) return { problem: ambiguous(b), at: 'end' };
  if (closes <= opens)
    return cannotRead(
      `ends (${hhmm(closes)}) before it starts (${hhmm(opens)}) — check the times; meetings end on the day they start`,
    );
  return read({ opens: hhmm(opens), closes: hhmm(closes) });
}

/** An ambiguous end of a range, read from the other end. */
function together(
  clock: Clock,
  other: Clock,
  which: 'start' | 'end',
  otherMinutes?: number,
): number | undefined {
  if (other.twentyFour && other.meridiem === undefined) return (clock.hour % 24) * 60 + clock.minute;
  const partner = otherMinutes ?? minutesOf(other);
  if (other.meridiem === undefined || partner === undefined) return undefined;
  const opposite: Meridiem = other.meridiem === 'am' ? 'pm' : 'am';
  for (const meridiem of [other.meridiem, opposite]) {
    const minutes = minutesOf(clock, meridiem);
    if (minutes !== undefined && (which === 'start' ? minutes < partner : minutes > partner)) return minutes;
  }
  return undefined;
}

const TIME_IN_TEXT =
  /(?:\b(?:from|de|desde|at|a las)\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:–|—|-|\bto\b|\ba\b|\buntil\b|\bhasta\b)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?(?=\s|,|$)/i;

/**
 * An answer about days that also gives the time ("Tuesdays 7–8:30pm"): the days, and the time part,
 * if one is there. A number that is part of a date or an ordinal ("2nd") is not a time.
 */
export function separateTimes(answer: string): { days: string; times?: string } {
  const match = TIME_IN_TEXT.exec(answer);
  if (!match || !/[:.]|[ap]\.?\s?m|–|—|-|\bto\b|\ba\b|\bhasta\b/i.test(match[0])) return { days: answer };
  const times = match[0].replace(/^\s*(?:from|de|desde|at|a las)\s+/i, '').trim();
  return {
    days: `${answer.slice(0, match.index)} ${answer.slice(match.index + match[0].length)}`.trim(),
    times,
  };
}
