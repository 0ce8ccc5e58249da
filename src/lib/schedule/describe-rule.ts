import type { SchedulePhrases } from '../../i18n/en/schedule.ts';
import type { ByDay, ScheduleRule } from '../../schemas/schedule.ts';
import { weekdayCodes } from '../../schemas/vocabularies.ts';
import { describeTimeRange } from './describe-time-range.ts';
import { weekdayName } from './weekday-name.ts';

/** The language, its schedule phrases, and the site's time zone (rules in another zone say so). */
export interface DescribeOptions {
  lang: string;
  phrases: SchedulePhrases;
  siteTimezone: string;
}

const ORDINAL_ORDER = [1, 2, 3, 4, 5, -1];

function joinList(items: readonly string[], and: string): string {
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

function ordinalWord(ordinal: number | null, phrases: SchedulePhrases): string {
  const key = String(ordinal);
  if (!(key in phrases.ordinals)) throw new RangeError(`${key} is not a week of the month (1 to 5, or -1)`);
  return phrases.ordinals[key as keyof SchedulePhrases['ordinals']];
}

function byWeekday(a: ByDay, b: ByDay): number {
  return weekdayCodes.indexOf(a.weekday) - weekdayCodes.indexOf(b.weekday);
}

function byOrdinal(a: ByDay, b: ByDay): number {
  return ORDINAL_ORDER.indexOf(a.ordinal ?? 1) - ORDINAL_ORDER.indexOf(b.ordinal ?? 1);
}

function weeklyDays(rule: ScheduleRule, { lang, phrases }: DescribeOptions): string {
  const days = [...new Set([...rule.byday].sort(byWeekday).map((day) => day.weekday))];
  return joinList(
    days.map((day) => weekdayName(day, lang)),
    phrases.and,
  );
}

function monthlyDays(rule: ScheduleRule, { lang, phrases }: DescribeOptions): string {
  const days = [...rule.byday].sort((a, b) => byOrdinal(a, b) || byWeekday(a, b));
  const [first] = days;
  if (first && days.every((day) => day.weekday === first.weekday)) {
    // "1st and 3rd Wednesday" reads better than "1st Wednesday and 3rd Wednesday".
    const ordinals = [...new Set(days.map((day) => ordinalWord(day.ordinal, phrases)))];
    return phrases.nthWeekday(joinList(ordinals, phrases.and), weekdayName(first.weekday, lang));
  }
  return joinList(
    days.map((day) => phrases.nthWeekday(ordinalWord(day.ordinal, phrases), weekdayName(day.weekday, lang))),
    phrases.and,
  );
}

function repetition(rule: ScheduleRule, options: DescribeOptions): string {
  const { phrases } = options;
  if (rule.freq === 'weekly') {
    const days = weeklyDays(rule, options);
    if (rule.interval === 1) return phrases.everyWeek(days);
    if (rule.interval === 2) return phrases.everyOtherWeek(days);
    return phrases.everyNWeeks(rule.interval, days);
  }
  const days = monthlyDays(rule, options);
  if (rule.interval === 1) return phrases.everyMonth(days);
  if (rule.interval === 2) return phrases.everyOtherMonth(days);
  return phrases.everyNMonths(rule.interval, days);
}

/** The place in an IANA zone name, as people say it: "America/New_York" → "New York". */
function zonePlace(timezone: string): string {
  return (timezone.split('/').at(-1) ?? timezone).replaceAll('_', ' ');
}

/**
 * A rule as a sentence: "Every other Tuesday, 6:30–8:00 pm", "Last Friday of the month, 7:00–8:30 pm".
 * A rule kept in another time zone than the site's names its place: "… (London time)".
 */
export function describeRule(rule: ScheduleRule, options: DescribeOptions): string {
  const { lang, phrases, siteTimezone } = options;
  let text = phrases.daysAndTimes(
    repetition(rule, options),
    describeTimeRange(rule.opens_at, rule.closes_at, lang),
  );
  if (rule.timezone !== undefined && rule.timezone !== siteTimezone) {
    text = phrases.otherTimeZone(text, zonePlace(rule.timezone));
  }
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Several rules (a group's meetings, a service's hours) described one sentence per rule, in order. */
export function describeHoursList(rules: readonly ScheduleRule[], options: DescribeOptions): string[] {
  return rules.map((rule) => describeRule(rule, options));
}
