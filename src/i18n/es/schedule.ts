import type { SchedulePhrases } from '../en/schedule.ts';

/**
 * "todos los sábados", "los martes y domingos": Intl gives weekday names in the singular; "sábado" and
 * "domingo" take an -s in the plural, the other weekdays are the same in both.
 */
const pluralDays = (days: string) => days.replace(/(sábado|domingo)(?!s)/g, '$1s');

/**
 * Spanish schedule phrases ("Cada dos semanas, los martes, 18:30–20:00"). Weekday names come from Intl
 * in lowercase; `describeRule` capitalises the first letter of the whole sentence.
 */
export const schedule: SchedulePhrases = {
  ordinals: {
    '1': 'primer',
    '2': 'segundo',
    '3': 'tercer',
    '4': 'cuarto',
    '5': 'quinto',
    '-1': 'último',
  },
  and: 'y',
  // "el segundo martes", "el primer y tercer miércoles"; joined: "el primer lunes y el tercer miércoles".
  nthWeekday: (ordinals, weekday) => `el ${ordinals} ${weekday}`,
  everyWeek: (days) => `todos los ${pluralDays(days)}`,
  everyOtherWeek: (days) => `cada dos semanas, los ${pluralDays(days)}`,
  everyNWeeks: (n, days) => `cada ${n} semanas, los ${pluralDays(days)}`,
  everyMonth: (days) => `${days} de cada mes`,
  everyOtherMonth: (days) => `cada dos meses, ${days}`,
  everyNMonths: (n, days) => `cada ${n} meses, ${days}`,
  daysAndTimes: (days, times) => `${days}, ${times}`,
  otherTimeZone: (text, place) => `${text} (hora de ${place})`,
  everyDay: 'todos los días',
  dayRange: (first, last) => `de ${first} a ${last}`,
  // Spanish says clock times in figures: the words are the figures.
  clockWords: { '12:00': '12:00', '00:00': '0:00' },
  today: 'hoy',
  tomorrow: 'mañana',
};
