import type { Weekday } from '../../../schemas/vocabularies.ts';
import { readTime } from '../../contribute/read/read-time.ts';

/** Meeting Guide numbers days from Sunday (0) to Saturday (6). */
export const WEEKDAY_OF_NUMBER: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const DAY_NAMES: Record<string, Weekday> = {};
for (const [index, names] of [
  'sunday sun domingo dom',
  'monday mon lunes lun',
  'tuesday tue tues martes mar',
  'wednesday wed miercoles mie',
  'thursday thu thur thurs jueves jue',
  'friday fri viernes vie',
  'saturday sat sabado sab',
].entries()) {
  for (const name of names.split(' ')) DAY_NAMES[name] = WEEKDAY_OF_NUMBER[index] as Weekday;
}

export type Read<T> = { value: T; note?: string } | { problem: string };

const NOT_A_DAY = 'Meeting Guide numbers days 0 (Sunday) to 6 (Saturday)';

/** One `day` value: a number 0–6, its text, or a weekday's name (the spreadsheet layout's way). */
function readOneDay(value: unknown, namesExpected: boolean): Read<Weekday> {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value))) {
    const number = Number(value);
    const weekday = WEEKDAY_OF_NUMBER[number];
    if (Number.isInteger(number) && weekday) return { value: weekday };
    const seven = number === 7 ? '; if 7 means Sunday here, write 0' : '';
    return { problem: `day ${JSON.stringify(value)} is not a day — ${NOT_A_DAY}${seven}` };
  }
  if (typeof value === 'string') {
    const key = value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/s?\.?\s*$/, '')
      .trim();
    const weekday = DAY_NAMES[key] ?? DAY_NAMES[`${key}s`];
    if (weekday)
      return namesExpected
        ? { value: weekday }
        : {
            value: weekday,
            note: `day ${JSON.stringify(value)} is a name, not a number; read as ${weekday}`,
          };
  }
  return { problem: `day ${JSON.stringify(value)} is not a day — ${NOT_A_DAY}, or a weekday's name` };
}

/** `day` as one value or a list (TSML writes a list for a meeting held on several days). */
export function readDays(value: unknown, namesExpected = false): Read<Weekday[]> {
  if (value === undefined || value === null || value === '')
    return { problem: `has no day — add day: ${NOT_A_DAY}; meetings "by appointment" cannot be listed` };
  const values = Array.isArray(value)
    ? value
    : typeof value === 'string' && value.includes(',')
      ? value.split(',')
      : [value];
  const days: Weekday[] = [];
  const notes: string[] = [];
  for (const item of values) {
    const day = readOneDay(item, namesExpected);
    if ('problem' in day) return day;
    if (!days.includes(day.value)) days.push(day.value);
    if (day.note) notes.push(day.note);
  }
  return notes.length > 0 ? { value: days, note: notes.join('; ') } : { value: days };
}

const CLOCK_24 = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/**
 * A `time` or `end_time`: the spec's 24-hour `HH:MM` (seconds allowed), or a clock people write
 * ("7:00 PM") read with the issue forms' reader, which refuses what could be morning or evening.
 */
export function readClock(field: string, value: unknown, twelveHourExpected = false): Read<string> {
  if (typeof value !== 'string' || value.trim() === '')
    return {
      problem: `${field} ${JSON.stringify(value ?? null)} is not a time — write it as HH:MM on the 24-hour clock, like 19:00`,
    };
  const text = value.trim();
  const exact = CLOCK_24.exec(text);
  if (exact && !/[ap]\.?m/i.test(text)) return { value: `${exact[1]?.padStart(2, '0')}:${exact[2]}` };
  const [hours = 0, minutes = 0] = (/^(\d{1,2})(?:[:.h](\d{2}))?/.exec(text) ?? []).slice(1).map(Number);
  if (hours > 23 || minutes > 59)
    return {
      problem: `${field} "${text}" is out of range — hours run 00 to 23 and minutes 00 to 59; a meeting at midnight starts at 00:00`,
    };
  const reading = readTime(text);
  if (reading.problem !== undefined) return { problem: `${field} ${reading.problem}` };
  return twelveHourExpected
    ? { value: reading.value }
    : {
        value: reading.value,
        note: `${field} "${text}" is not on the 24-hour clock; read as ${reading.value}`,
      };
}

/** HH:MM plus minutes, or undefined past midnight (our meetings end on the day they start). */
export function addMinutes(time: string, minutes: number): string | undefined {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = hours * 60 + mins + minutes;
  if (total >= 24 * 60) return undefined;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
