import type { SchedulePhrases } from '../../i18n/en/schedule.ts';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';
import { type DescribeOptions, describeRule } from './describe-rule.ts';
import { describeClockTime, describeTimeRange } from './describe-time-range.ts';
import { weekdayName } from './weekday-name.ts';

/** Runs of three or more days in a row read as a range ("Monday to Friday"); shorter ones as a list. */
const SHORTEST_RANGE = 3;

/** Weekly rules with no dates and no zone of their own can be merged by their times. */
const plainWeekly = (rule: ScheduleRule, siteTimezone: string) =>
  rule.freq === 'weekly' &&
  rule.interval === 1 &&
  !rule.valid_from &&
  !rule.valid_to &&
  !rule.notes &&
  (!rule.timezone || rule.timezone === siteTimezone);

function runsOf(days: readonly Weekday[]): Weekday[][] {
  const sorted = weekdayCodes.filter((day) => days.includes(day));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && weekdayCodes.indexOf(day) === weekdayCodes.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

function daysText(days: readonly Weekday[], lang: string, phrases: SchedulePhrases): string {
  if (days.length === weekdayCodes.length) return phrases.everyDay;
  const pieces = runsOf(days).flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (run.length >= SHORTEST_RANGE && first && last)
      return [phrases.dayRange(weekdayName(first, lang), weekdayName(last, lang))];
    return run.map((day) => weekdayName(day, lang));
  });
  const last = pieces.at(-1);
  return pieces.length < 2 || !last
    ? pieces.join('')
    : `${pieces.slice(0, -1).join(', ')} ${phrases.and} ${last}`;
}

function timesText(rule: ScheduleRule, lang: string, phrases: SchedulePhrases): string {
  const words = phrases.clockWords;
  const opens = words[rule.opens_at as '12:00'];
  const closes = words[rule.closes_at as '12:00'];
  if (!opens && !closes) return describeTimeRange(rule.opens_at, rule.closes_at, lang);
  const one = (time: string, word: string | undefined) => word ?? describeClockTime(time, lang);
  return `${one(rule.opens_at, opens)}–${one(rule.closes_at, closes)}`;
}

/**
 * A service's opening hours the way a service says them: days with the same hours together, runs as
 * ranges — "Monday to Friday, 9:00 am–5:00 pm", "Every day, noon–10:00 pm" — and any rule that is not a
 * plain weekly one (every other week, monthly, dated, another zone) as its own sentence.
 */
export function describeOpeningHours(rules: readonly ScheduleRule[], options: DescribeOptions): string[] {
  const { lang, phrases, siteTimezone } = options;
  const byTimes = new Map<string, { rule: ScheduleRule; days: Weekday[] }>();
  const lines: { order: number; text: string }[] = [];
  rules.forEach((rule, order) => {
    if (!plainWeekly(rule, siteTimezone)) {
      lines.push({ order, text: describeRule(rule, options) });
      return;
    }
    const key = `${rule.opens_at}-${rule.closes_at}`;
    const group = byTimes.get(key) ?? { rule, days: [] };
    if (!byTimes.has(key)) lines.push({ order, text: key });
    group.days.push(...rule.byday.map((day) => day.weekday));
    byTimes.set(key, group);
  });
  return lines.map(({ text }) => {
    const group = byTimes.get(text);
    if (!group) return text;
    const sentence = phrases.daysAndTimes(
      daysText(group.days, lang, phrases),
      timesText(group.rule, lang, phrases),
    );
    return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
  });
}
