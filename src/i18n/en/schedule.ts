/**
 * English words for describing schedules ("Every other Tuesday, 6:30–8:00 pm"). Weekday names, dates and
 * clock times come from `Intl`; everything else a schedule sentence says comes from here, so another
 * language is one file with the same shape (`SchedulePhrases`). Functions receive text that is already
 * in the language (weekday names, joined lists) and put it in that language's word order.
 */
export interface SchedulePhrases {
  /** Which weekday in the month, keyed by the rule's ordinal: 1st … 5th, and -1 for the last. */
  ordinals: Record<'1' | '2' | '3' | '4' | '5' | '-1', string>;
  /** The word before the last item of a list: "Monday, Wednesday and Friday". */
  and: string;
  /** One weekday in the month: "2nd Tuesday", "1st and 3rd Wednesday". */
  nthWeekday: (ordinals: string, weekday: string) => string;
  /** A weekly rule: "every Tuesday". `days` is the joined weekday names. */
  everyWeek: (days: string) => string;
  /** A rule every two weeks: "every other Tuesday". */
  everyOtherWeek: (days: string) => string;
  /** A rule every `n` (3 or more) weeks: "every 3 weeks on Monday". */
  everyNWeeks: (n: number, days: string) => string;
  /** A monthly rule: "2nd Tuesday of the month". `days` is the joined `nthWeekday` texts. */
  everyMonth: (days: string) => string;
  /** A rule every two months: "every other month on the 2nd Tuesday". */
  everyOtherMonth: (days: string) => string;
  /** A rule every `n` (3 or more) months: "every 3 months on the 2nd Tuesday". */
  everyNMonths: (n: number, days: string) => string;
  /** The days and the times together: "every Tuesday, 6:30–8:00 pm". */
  daysAndTimes: (days: string, times: string) => string;
  /** Times kept in another time zone than the site's; `place` is the zone's city: "(London time)". */
  otherTimeZone: (text: string, place: string) => string;
  /** Opening hours on all seven days: "Every day". */
  everyDay: string;
  /** Opening hours on a run of days: "Monday to Friday". */
  dayRange: (first: string, last: string) => string;
  /** Clock times a language says in words in opening hours: "noon". */
  clockWords: Partial<Record<'12:00' | '00:00', string>>;
  /** A meeting later today. */
  today: string;
  /** A meeting tomorrow. */
  tomorrow: string;
}

/** English schedule phrases. */
export const schedule: SchedulePhrases = {
  ordinals: { '1': '1st', '2': '2nd', '3': '3rd', '4': '4th', '5': '5th', '-1': 'last' },
  and: 'and',
  nthWeekday: (ordinals, weekday) => `${ordinals} ${weekday}`,
  everyWeek: (days) => `every ${days}`,
  everyOtherWeek: (days) => `every other ${days}`,
  everyNWeeks: (n, days) => `every ${n} weeks on ${days}`,
  everyMonth: (days) => `${days} of the month`,
  everyOtherMonth: (days) => `every other month on the ${days}`,
  everyNMonths: (n, days) => `every ${n} months on the ${days}`,
  daysAndTimes: (days, times) => `${days}, ${times}`,
  otherTimeZone: (text, place) => `${text} (${place} time)`,
  everyDay: 'every day',
  dayRange: (first, last) => `${first} to ${last}`,
  clockWords: { '12:00': 'noon', '00:00': 'midnight' },
  today: 'today',
  tomorrow: 'tomorrow',
};
