import { uiLanguages, useStrings } from '../../../i18n/index.ts';
import { canonicalTimeZone } from '../../../schemas/primitives.ts';
import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { EXTENSION_PREFIX } from '../../open-data/hsds/hsds-object.ts';
import { readClock } from '../meeting-guide/read-day-and-time.ts';
import { importText } from '../plain-text.ts';
import { str } from './hsds-values.ts';

const BYDAY = /^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNSUPPORTED = ['byweekno', 'bymonthday', 'byyearday', 'count'] as const;

function ruleDays(schedule: HsdsObject, where: string, notes: string[]): string[] | undefined {
  const days = (str(schedule.byday) ?? '')
    .split(',')
    .map((day) => day.trim().toUpperCase())
    .filter(Boolean);
  const bad = days.filter((day) => !BYDAY.test(day));
  if (days.length === 0 || bad.length > 0) {
    notes.push(
      `${where}: byday "${str(schedule.byday) ?? ''}" is not a list of days like MO,TH or 2TU; the schedule is left out`,
    );
    return undefined;
  }
  return days;
}

function ruleZone(schedule: HsdsObject, siteZone: string, where: string, notes: string[]) {
  const named = str(schedule[`${EXTENSION_PREFIX}timezone`]);
  if (named) return canonicalTimeZone(named) === siteZone ? undefined : canonicalTimeZone(named);
  if (schedule.timezone !== undefined)
    notes.push(
      `${where}: timezone ${str(schedule.timezone)} is a UTC offset, which daylight saving makes wrong half the year; times are read in the site's zone (${siteZone})`,
    );
  return undefined;
}

/** One HSDS schedule as our rule, or undefined (with why) when it has no days and times we can carry. */
function ruleOf(schedule: HsdsObject, index: number, siteZone: string, today: string, notes: string[]) {
  const where = `schedule ${index + 1}`;
  const freq = (str(schedule.freq) ?? 'WEEKLY').toUpperCase();
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    notes.push(`${where}: freq ${freq} is not weekly or monthly; left out`);
    return undefined;
  }
  if (!schedule.opens_at && !schedule.byday) return undefined;
  const byday = ruleDays(schedule, where, notes);
  const opens = readClock('opens_at', str(schedule.opens_at));
  const closes = readClock('closes_at', str(schedule.closes_at));
  if (!byday) return undefined;
  if ('problem' in opens || 'problem' in closes) {
    notes.push(
      `${where}: ${'problem' in opens ? opens.problem : 'problem' in closes ? closes.problem : ''}; the schedule is left out`,
    );
    return undefined;
  }
  for (const field of UNSUPPORTED)
    if (schedule[field] !== undefined)
      notes.push(`${where}: ${field} has no place in our schedule rules; left out`);
  const interval = Number(str(schedule.interval) ?? 1);
  const validFrom = str(schedule.valid_from) ?? (interval > 1 ? str(schedule.dtstart) : undefined);
  const validTo = str(schedule.valid_to) ?? str(schedule.until);
  if (validTo && validTo.slice(0, 10) < today)
    notes.push(`${where}: ended on ${validTo.slice(0, 10)} (valid_to)`);
  const zone = ruleZone(schedule, siteZone, where, notes);
  const note = importText(str(schedule.notes), { field: `${where} notes`, max: 200, line: true }, notes);
  return {
    ...(freq === 'MONTHLY' ? { freq: 'monthly' } : {}),
    ...(interval > 1 && interval <= 12 ? { interval } : {}),
    byday,
    opens_at: opens.value,
    closes_at: closes.value,
    ...(zone ? { timezone: zone } : {}),
    ...(validFrom ? { valid_from: validFrom.slice(0, 10) } : {}),
    ...(validTo ? { valid_to: validTo.slice(0, 10) } : {}),
    ...(note ? { notes: note } : {}),
  };
}

export function rulesOf(schedules: HsdsObject[], siteZone: string, today: string, notes: string[]) {
  return schedules.flatMap((schedule, index) => {
    const rule = ruleOf(schedule, index, siteZone, today, notes);
    return rule ? [rule] : [];
  });
}

const sentences = (pick: (entry: ReturnType<typeof useStrings>['ui']['entry']) => string) =>
  uiLanguages.map((lang) => pick(useStrings(lang).ui.entry));

/** A service's hours: rules, or our exports' words for 24/7 and by appointment, or by appointment with its note. */
export function hoursOf(schedules: HsdsObject[], siteZone: string, today: string, notes: string[]) {
  const rules = rulesOf(schedules, siteZone, today, notes);
  if (rules.length > 0) return { hours: rules };
  const description = schedules.map((schedule) => str(schedule.description)).find(Boolean);
  if (description && sentences((entry) => entry.alwaysOpen).includes(description)) return { hours: '24/7' };
  if (description && sentences((entry) => entry.byAppointment).includes(description))
    return { hours: 'by_appointment' };
  notes.push(
    `no schedule with days and times; written as by_appointment${description ? ', with the schedule’s description as hours_notes' : ''} — check it`,
  );
  const hoursNotes = importText(description, { field: 'schedule description', max: 200, line: true }, notes);
  return { hours: 'by_appointment', ...(hoursNotes ? { hours_notes: hoursNotes } : {}) };
}
