import { z } from 'astro/zod';
import { DateSchema, LineSchema, TimeSchema, TimeZoneSchema, Translatable } from './primitives.ts';
import type { Weekday } from './vocabularies.ts';

const CLOCK_TIME = /^\d\d:\d\d$/;
const BYDAY = /^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** One day in a rule: a weekday and, for monthly rules, which one in the month (2 = second, -1 = last). */
export interface ByDay {
  ordinal: number | null;
  weekday: Weekday;
}

const ByDayItemSchema = z.string().transform((value, ctx): ByDay => {
  const match = BYDAY.exec(value.trim().toUpperCase());
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a day — use MO TU WE TH FR SA SU; for monthly rules put the week first: 2TU = second Tuesday, -1FR = last Friday`,
    });
    return z.NEVER;
  }
  return { ordinal: match[1] ? Number(match[1]) : null, weekday: match[2] as Weekday };
});

/**
 * When a group meets or a service is open: a subset of iCalendar's RRULE (as HSDS 3.0 schedules use)
 * that covers real groups — weekly, every other week, second Tuesday, last Friday.
 */
export const ScheduleRuleSchema = z
  .strictObject({
    /** `weekly` (the default) or `monthly`. */
    freq: z.enum(['weekly', 'monthly'], { error: 'must be weekly or monthly' }).default('weekly'),
    /** Every how many weeks or months: 1 (the default) = every, 2 = every other. */
    interval: z
      .int({ error: 'must be a whole number — 1 for every week, 2 for every other week' })
      .min(1, { error: 'must be 1 or more' })
      .max(12, { error: 'must be 12 or less' })
      .default(1),
    /**
     * The day or days: `TU`, or a list `[MO, TH]`. Monthly rules say which week: `2TU` is the second Tuesday,
     * `-1FR` the last Friday.
     */
    byday: z.union([ByDayItemSchema.transform((day) => [day]), z.array(ByDayItemSchema).min(1)]),
    /** Start time, `"HH:MM"` on the 24-hour clock, local to the time zone. */
    opens_at: TimeSchema,
    /** End time, `"HH:MM"`, after the start (meetings do not run past midnight). */
    closes_at: TimeSchema,
    /** IANA time zone, if it differs from the site's (for example an online group run from elsewhere). */
    timezone: TimeZoneSchema.optional(),
    /** First date the rule applies. Required for every-other-week rules: the date of one meeting. */
    valid_from: DateSchema.optional(),
    /** Last date the rule applies, for a series that ends. */
    valid_to: DateSchema.optional(),
    /** A short note about this meeting, such as "Women only on this night". */
    notes: Translatable(LineSchema(200)).optional(),
  })
  .superRefine((rule, ctx) => {
    // A time that is not HH:MM has its own message already; comparing it as text would say "7pm" ends too.
    const bothTimes = CLOCK_TIME.test(rule.opens_at) && CLOCK_TIME.test(rule.closes_at);
    if (bothTimes && rule.closes_at <= rule.opens_at) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes_at'],
        message: `ends (${rule.closes_at}) before it starts (${rule.opens_at}) — check the times; use the 24-hour clock, so 7 pm is "19:00"`,
      });
    }
    for (const day of rule.byday) {
      if (rule.freq === 'weekly' && day.ordinal !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['byday'],
          message: `has a week number (${day.ordinal}${day.weekday}) but the rule is weekly — add "freq: monthly", or write just ${day.weekday}`,
        });
      }
      if (rule.freq === 'monthly' && day.ordinal === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['byday'],
          message: `says ${day.weekday} but not which one in the month — write 1${day.weekday} for the first, 2${day.weekday} for the second, -1${day.weekday} for the last`,
        });
      }
    }
    if (rule.interval > 1 && !rule.valid_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['valid_from'],
        message: `is needed for a rule that repeats every ${rule.interval} ${rule.freq === 'weekly' ? 'weeks' : 'months'} — add valid_from with the date of one meeting, so the cycle is known`,
      });
    }
    if (rule.valid_from && rule.valid_to && rule.valid_to < rule.valid_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['valid_to'],
        message: 'is before valid_from — check the dates',
      });
    }
  });

/** A rule as written, with its note in every language given. */
export type AuthoredRule = z.output<typeof ScheduleRuleSchema>;
/** A rule as pages and the schedule maths see it: the note, if any, in one language. */
export type ScheduleRule = Omit<AuthoredRule, 'notes'> & { notes?: string };
