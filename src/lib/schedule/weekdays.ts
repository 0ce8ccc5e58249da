import type { ScheduleRule } from '../../schemas/schedule.ts';
import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';

/**
 * The weekdays any rule meets on, Monday first, each once. A monthly "2nd Tuesday" counts as Tuesday.
 * Dates (`valid_from`/`valid_to`) are not considered, so the answer does not depend on when it is asked.
 */
export function weekdaysOf(rules: readonly ScheduleRule[]): Weekday[] {
  const days = new Set(rules.flatMap((rule) => rule.byday.map((day) => day.weekday)));
  return weekdayCodes.filter((code) => days.has(code));
}

/** Whether any rule meets on a weekday (in any week of the month, for monthly rules). */
export function meetsOn(rules: readonly ScheduleRule[], weekday: Weekday): boolean {
  return rules.some((rule) => rule.byday.some((day) => day.weekday === weekday));
}
