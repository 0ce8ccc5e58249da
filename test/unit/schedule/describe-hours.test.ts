import { describe, expect, it } from 'vitest';
import { schedule as english } from '../../../src/i18n/en/schedule.ts';
import { schedule as spanish } from '../../../src/i18n/es/schedule.ts';
import { describeOpeningHours } from '../../../src/lib/schedule/describe-hours.ts';
import { CHICAGO, rule } from './helpers.ts';

const say = (rules: ReturnType<typeof rule>[], lang = 'en') =>
  describeOpeningHours(rules, { lang, phrases: lang === 'en' ? english : spanish, siteTimezone: CHICAGO });

describe('a service’s opening hours', () => {
  it('says a run of days as a range, and seven days as every day', () => {
    expect(
      say([rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' })]),
    ).toEqual(['Monday to Friday, 9:00 am–5:00 pm']);
    expect(
      say([
        rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens_at: '12:00', closes_at: '22:00' }),
      ]),
    ).toEqual(['Every day, noon–10:00 pm']);
  });

  it('joins the days that share their hours, even written as separate rules, and keeps other hours apart', () => {
    expect(
      say([
        rule({ byday: ['MO', 'WE'], opens_at: '09:00', closes_at: '17:00' }),
        rule({ byday: 'SA', opens_at: '10:00', closes_at: '13:00' }),
        rule({ byday: 'FR', opens_at: '09:00', closes_at: '17:00' }),
      ]),
    ).toEqual(['Monday, Wednesday and Friday, 9:00 am–5:00 pm', 'Saturday, 10:00 am–1:00 pm']);
  });

  it('says a rule that is not every week in its own sentence', () => {
    expect(say([rule({ freq: 'monthly', byday: '1SA', opens_at: '10:00', closes_at: '12:00' })])).toEqual([
      '1st Saturday of the month, 10:00 am–12:00 pm',
    ]);
  });

  it('says them the Spanish way, in figures', () => {
    expect(
      say([rule({ byday: ['MO', 'TU', 'WE', 'TH'], opens_at: '10:00', closes_at: '19:00' })], 'es'),
    ).toEqual(['De lunes a jueves, 10:00–19:00']);
    expect(
      say(
        [rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens_at: '12:00', closes_at: '22:00' })],
        'es',
      ),
    ).toEqual(['Todos los días, 12:00–22:00']);
  });
});
