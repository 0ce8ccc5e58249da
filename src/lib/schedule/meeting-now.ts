import type { ScheduleRule } from '../../schemas/schedule.ts';
import { nextOccurrences, type Occurrence } from './occurrences.ts';

/**
 * The occurrence in progress at `now` (started at or before it, not yet ended), if any. When several
 * overlap, the one that started first.
 */
export function meetingNow(
  rules: readonly ScheduleRule[],
  now: Date,
  timezone: string,
): Occurrence | undefined {
  const [first] = nextOccurrences(rules, { from: now, timezone, until: now, count: 1 });
  return first;
}

/**
 * The next occurrence to start after `from`, within the look-ahead window. One already in progress is not
 * it (that is `meetingNow`), so a page can show "meeting now" and "next meeting" side by side.
 */
export function nextMeeting(
  rules: readonly ScheduleRule[],
  from: Date,
  timezone: string,
): Occurrence | undefined {
  // Each rule has at most one meeting in progress at a time, so one more than the rules is always enough.
  const coming = nextOccurrences(rules, { from, timezone, count: rules.length + 1 });
  return coming.find((occurrence) => occurrence.start.getTime() > from.getTime());
}
