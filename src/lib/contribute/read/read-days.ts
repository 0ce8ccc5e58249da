import { type Weekday, weekdayCodes } from '../../../schemas/vocabularies.ts';
import { cannotRead, quote, type Reading, read, words } from './reading.ts';

/**
 * Which days a group meets, as people write them in English or Spanish: "Tuesdays", "Mon, Thu",
 * "Monday to Friday", "every other Wednesday", "2nd and 4th Monday", "the last Friday of the month",
 * "lunes y miércoles", "el primer jueves del mes". Read onto the schedule rule's freq, interval and byday.
 */

export interface DaysRule {
  freq: 'weekly' | 'monthly';
  interval: number;
  /** `TU`, or for monthly rules `2TU`, `-1FR`. */
  byday: string[];
}

export interface DaysOptions {
  /**
   * Whether "every 2nd Thursday" means the second Thursday of each month (as in the US, where every
   * other week is "every other Thursday") rather than every other Thursday. Elsewhere it is asked.
   */
  everyNthIsMonthly: boolean;
}

const WEEKDAY_WORDS: Record<string, Weekday> = {};
for (const [code, names] of Object.entries({
  MO: 'monday mondays mon mo lunes lun',
  TU: 'tuesday tuesdays tue tues tu martes mar',
  WE: 'wednesday wednesdays wed weds we miercoles mie mier',
  TH: 'thursday thursdays thu thur thurs th jueves jue',
  FR: 'friday fridays fri fr viernes vie',
  SA: 'saturday saturdays sat sa sabado sabados sab',
  SU: 'sunday sundays sun su domingo domingos dom',
})) {
  for (const name of names.split(' ')) WEEKDAY_WORDS[name] = code as Weekday;
}

const ORDINALS: Record<string, number> = {};
for (const [value, names] of Object.entries({
  1: 'first 1st primer primero primera 1o 1a',
  2: 'second 2nd segundo segunda 2o 2a',
  3: 'third 3rd tercer tercero tercera 3o 3a',
  4: 'fourth 4th cuarto cuarta 4o 4a',
  5: 'fifth 5th quinto quinta 5o 5a',
  '-1': 'last ultimo ultima',
})) {
  for (const name of names.split(' ')) ORDINALS[name] = Number(value);
}

const NUMBERS: Record<string, number> = {
  2: 2,
  3: 3,
  4: 4,
  two: 2,
  three: 3,
  four: 4,
  dos: 2,
  tres: 3,
  cuatro: 4,
};

/** Words that say nothing about which days: "on", "the", "every", "de", "cada", "evenings"… */
const FILLER = new Set(
  (
    'on the every each of and or at in a an meets meet we us also both ' +
    'evening evenings night nights morning mornings afternoon afternoons week weeks weekly ' +
    'el la los las de del y o e en cada todos todas semana semanas semanal por tarde tardes noche noches manana mananas ' +
    'nos reunimos se reune'
  ).split(' '),
);

const MONTH_WORDS = new Set(['month', 'months', 'monthly', 'mes', 'meses', 'mensual', 'mensualmente']);
const RANGE_WORDS = new Set(['-', 'to', 'through', 'thru', 'until', 'a', 'hasta', 'al']);

/** Phrases read before the words: they stand for days or for a repetition. */
const PHRASES: [RegExp, string][] = [
  [/\b(?:every ?day|daily|7 days(?: a week)?|todos los dias|diario|diariamente)\b/g, ' monday - sunday '],
  [
    /\b(?:week ?days|every weekday|monday - friday|entre semana|dias de semana|dias laborables)\b/g,
    ' monday - friday ',
  ],
  [/\b(?:week ?ends?|fines? de semana)\b/g, ' saturday , sunday '],
  [
    /\b(?:every other|alternate|fortnightly|cada dos semanas|cada quince dias|cada 15 dias|quincenal(?:mente)?|semana por medio|cada otra semana|cada otro)\b/g,
    ' #every-2 ',
  ],
  [/\bevery (\d|two|three|four) weeks\b/g, ' #every-$1 '],
  [/\bcada (\d|dos|tres|cuatro) semanas\b/g, ' #every-$1 '],
  [/\bevery (second|2nd|third|3rd|fourth|4th) week\b/g, ' #every-$1 '],
];

export function readDays(answer: string, options: DaysOptions): Reading<DaysRule> {
  if (/\bbi-?weekly\b|\bquincenal\b.*\bmensual\b/i.test(answer))
    return cannotRead(
      `${quote(answer)} could mean twice a week or every two weeks — write "every other Tuesday" or "Tuesdays and Fridays"`,
    );
  let text = ` ${words(answer).join(' ')} `;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const tokens = text.split(/\s+/).filter(Boolean);

  let interval = 1;
  let monthly = false;
  let sawEvery = false;
  const days: { weekday: Weekday; ordinal?: number }[] = [];
  let pending: number[] = [];
  const unknown: string[] = [];

  tokens.forEach((token, index) => {
    const weekday = WEEKDAY_WORDS[token];
    if (token.startsWith('#every-')) {
      const count = token.slice('#every-'.length);
      interval = NUMBERS[count] ?? ORDINALS[count] ?? 2;
    } else if (weekday) {
      const previous = days.at(-1);
      if (previous && RANGE_WORDS.has(tokens[index - 1] ?? '') && pending.length === 0) {
        // "Monday to Friday": every day after the first, up to this one.
        const from = weekdayCodes.indexOf(previous.weekday);
        const to = weekdayCodes.indexOf(weekday);
        for (let step = from + 1; step <= (to < from ? to + 7 : to); step++)
          days.push({ weekday: weekdayCodes[step % 7] as Weekday });
      } else if (pending.length > 0) {
        for (const ordinal of pending) days.push({ weekday, ordinal });
        pending = [];
      } else days.push({ weekday });
    } else if (token in ORDINALS) pending.push(ORDINALS[token] as number);
    else if (MONTH_WORDS.has(token)) monthly = true;
    else if (token === 'every' || token === 'cada') sawEvery = true;
    else if (token === ',' || RANGE_WORDS.has(token) || FILLER.has(token)) {
      // separators and filler words
    } else unknown.push(token);
  });
  if (pending.length > 0) unknown.push(...pending.map(String));

  if (days.length === 0)
    return cannotRead(
      `${quote(answer)} names no day of the week — write the days, like "Tuesdays" or "2nd Thursday of the month"`,
    );
  if (unknown.length > 0)
    return cannotRead(
      `could not read ${quote(unknown.join(' '))} in ${quote(answer)} — write only the days, like "Thursdays", "every other Monday" or "2nd and 4th Monday", and put anything else under "Anything else"`,
    );
  const withOrdinal = days.filter((day) => day.ordinal !== undefined);
  if (withOrdinal.length > 0) {
    if (withOrdinal.length < days.length)
      return cannotRead(
        `${quote(answer)} says which week of the month for some days but not others — write it like "1st and 3rd Tuesday" or "every Tuesday"`,
      );
    if (interval > 1)
      return cannotRead(
        `${quote(answer)} says both a week of the month and every other week — write one of them`,
      );
    if (!monthly && sawEvery && !options.everyNthIsMonthly)
      return cannotRead(
        `${quote(answer)} could mean one week of each month or every other week — write "2nd Thursday of the month" or "every other Thursday"`,
      );
    monthly = true;
  }
  const codes = [...new Set(days.map((day) => `${day.ordinal ?? ''}${day.weekday}`))];
  return read({ freq: monthly ? 'monthly' : 'weekly', interval, byday: codes });
}
