import type { ScheduleRule } from '../../schemas/schedule.ts';
import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';
import { isoWeekday } from '../schedule/calendar-date.ts';
import { parseClockTime } from '../schedule/clock-time.ts';
import { occurrencesOnDates } from '../schedule/occurrences.ts';
import { instantAt, localTimeOf } from '../schedule/zoned-time.ts';
import type { FinderEntry } from './finder-entries.ts';

/**
 * When entries meet, as the finder's time filters ask: on which weekdays and at which times of day in
 * general, and which real meetings fall in the coming week — so "tonight" counts a fortnightly group only
 * in the weeks it meets and a monthly one only on its day. Times of day are read in the site's zone.
 */

export const timesOfDay = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

export const whenWindows = ['now', 'soon', 'tonight', 'week'] as const;
export type WhenWindow = (typeof whenWindows)[number];

/** Where each time of day starts, in minutes after midnight; night runs past midnight to 5 am. */
const STARTS: Record<TimeOfDay, number> = { morning: 300, afternoon: 720, evening: 1020, night: 1260 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** "Starting soon": within this long. */
export const SOON_HOURS = 2;
/** How far ahead the finder looks: a week, and a day more for "this week" late on a Sunday. */
const DAYS_AHEAD = 8;

/** The time of day a clock time (minutes after midnight) falls in. */
export function timeOfDayAt(minutes: number): TimeOfDay {
  if (minutes >= STARTS.night || minutes < STARTS.morning) return 'night';
  if (minutes >= STARTS.evening) return 'evening';
  if (minutes >= STARTS.afternoon) return 'afternoon';
  return 'morning';
}

/**
 * The times of day a meeting or an opening belongs to: a group's meeting by when it starts, a service's
 * hours by every time of day they overlap (a clinic open 9 to 7 is open in the morning, afternoon and evening).
 */
export function timesOfDayOf(opens: number, closes: number, kind: FinderEntry['kind']): TimeOfDay[] {
  if (kind === 'group') return [timeOfDayAt(opens)];
  const found = new Set<TimeOfDay>();
  for (let minute = opens; minute < closes; minute += 30) found.add(timeOfDayAt(minute));
  return timesOfDay.filter((time) => found.has(time));
}

const minutesOf = (text: string) => {
  const { hour, minute } = parseClockTime(text);
  return hour * 60 + minute;
};

/** A weekday and the times of day a rule meets on it, regardless of dates. */
export interface Slot {
  weekday: Weekday;
  times: TimeOfDay[];
}

/** One real meeting or opening in the coming week. */
export interface Meeting extends Slot {
  start: number;
  end: number;
}

export interface TimeFacts {
  slots: Slot[];
  meetings: Meeting[];
  always: boolean;
}

/** The local dates the coming week covers in each zone, worked out once per zone for a whole list. */
export class WeekAhead {
  readonly now: number;
  readonly timezone: string;
  #dates = new Map<string, [number, number]>();

  constructor(now: number, timezone: string) {
    this.now = now;
    this.timezone = timezone;
  }

  datesIn(zone: string): [number, number] {
    let dates = this.#dates.get(zone);
    if (!dates) {
      const today = localTimeOf(this.now, zone).date;
      dates = [today - 1, today + DAYS_AHEAD];
      this.#dates.set(zone, dates);
    }
    return dates;
  }
}

function meetingsOf(rule: ScheduleRule, kind: FinderEntry['kind'], week: WeekAhead): Meeting[] {
  const [first, last] = week.datesIn(rule.timezone ?? week.timezone);
  const sameZone = !rule.timezone || rule.timezone === week.timezone;
  return occurrencesOnDates(rule, first, last, week.timezone).flatMap((occurrence): Meeting[] => {
    const start = occurrence.start.getTime();
    const end = occurrence.end.getTime();
    if (end <= week.now || start > week.now + DAYS_AHEAD * DAY) return [];
    // Read in the site's zone: a meeting kept on London time is an afternoon one in Chicago.
    const local = localTimeOf(start, week.timezone);
    const opens = sameZone ? minutesOf(rule.opens_at) : local.minutes;
    const closes = opens + Math.round((end - start) / 60_000);
    const weekday = weekdayCodes[isoWeekday(local.date) - 1] ?? 'MO';
    return [{ start, end, weekday, times: timesOfDayOf(opens, closes, kind) }];
  });
}

/** An entry's time facts for the week ahead of `week.now`. */
export function timeFactsOf(entry: FinderEntry, week: WeekAhead): TimeFacts {
  const slots = entry.rules.flatMap((rule) =>
    rule.byday.map((day) => ({
      weekday: day.weekday,
      times: timesOfDayOf(minutesOf(rule.opens_at), minutesOf(rule.closes_at), entry.kind),
    })),
  );
  const meetings = entry.rules
    .flatMap((rule) => meetingsOf(rule, entry.kind, week))
    .sort((a, b) => a.start - b.start);
  return { slots, meetings, always: entry.always };
}

/** The span of start times a window asks for, and whether a meeting must be under way. */
export interface Window {
  /** Meetings that have ended by this instant are out. */
  endsAfter: number;
  startsFrom: number;
  startsBefore: number;
}

/**
 * The window a "when" filter stands for at `now` in the site's zone: meeting now; starting in the next two
 * hours; tonight (starting from 5 pm until 5 am, not yet over; after midnight, the night still going on);
 * this week (the next seven days).
 */
export function windowOf(when: WhenWindow, now: number, timezone: string): Window {
  switch (when) {
    case 'now':
      return { endsAfter: now, startsFrom: Number.NEGATIVE_INFINITY, startsBefore: now + 1 };
    case 'soon':
      return { endsAfter: now, startsFrom: now, startsBefore: now + SOON_HOURS * HOUR + 1 };
    case 'week':
      return { endsAfter: now, startsFrom: Number.NEGATIVE_INFINITY, startsBefore: now + 7 * DAY };
    case 'tonight': {
      const local = localTimeOf(now, timezone);
      const evening = local.minutes < STARTS.morning ? local.date - 1 : local.date;
      return {
        endsAfter: now,
        startsFrom: instantAt(evening, { hour: 17, minute: 0 }, timezone),
        startsBefore: instantAt(evening + 1, { hour: 5, minute: 0 }, timezone),
      };
    }
  }
}

export function inWindow(meeting: Pick<Meeting, 'start' | 'end'>, window: Window): boolean {
  return (
    meeting.end > window.endsAfter &&
    meeting.start >= window.startsFrom &&
    meeting.start < window.startsBefore
  );
}

/** What the time filters ask for; an empty list means "any". */
export interface TimeFilter {
  days: readonly Weekday[];
  times: readonly TimeOfDay[];
  window: Window | undefined;
}

const fits = (slot: Slot, filter: TimeFilter) =>
  (filter.days.length === 0 || filter.days.includes(slot.weekday)) &&
  (filter.times.length === 0 || slot.times.some((time) => filter.times.includes(time)));

/**
 * The first meeting that satisfies every time filter at once ("Tuesday evenings this week" is one meeting
 * on a Tuesday evening, not any Tuesday and any evening), `true` for one always open or a match with no
 * dated window, or undefined when nothing fits.
 */
export function firstFit(facts: TimeFacts, filter: TimeFilter): Meeting | true | undefined {
  if (facts.always) return true;
  if (filter.window) {
    const window = filter.window;
    return facts.meetings.find((meeting) => inWindow(meeting, window) && fits(meeting, filter));
  }
  if (filter.days.length === 0 && filter.times.length === 0) return true;
  return facts.slots.some((slot) => fits(slot, filter)) ? true : undefined;
}
