import { describe, expect, it } from 'vitest';
import { type SchedulePhrases, schedule } from '../../../src/i18n/en/schedule.ts';
import { describeHoursList, describeRule, describeTimeRange } from '../../../src/lib/schedule/index.ts';
import { CHICAGO, LONDON, type RuleInput, rule } from './helpers.ts';

const english = { lang: 'en', phrases: schedule, siteTimezone: CHICAGO };

describe('describeRule in English', () => {
  it.each<[string, RuleInput, string]>([
    ['weekly', { byday: 'TU', opens_at: '18:30', closes_at: '20:00' }, 'Every Tuesday, 6:30–8:00 pm'],
    [
      'every other week',
      { byday: 'TU', interval: 2, valid_from: '2026-01-06', opens_at: '18:30', closes_at: '20:00' },
      'Every other Tuesday, 6:30–8:00 pm',
    ],
    [
      'every three weeks',
      { byday: 'MO', interval: 3, valid_from: '2026-01-05', opens_at: '18:00', closes_at: '19:30' },
      'Every 3 weeks on Monday, 6:00–7:30 pm',
    ],
    [
      'two days a week, written out of order',
      { byday: ['TH', 'MO'], opens_at: '12:00', closes_at: '13:00' },
      'Every Monday and Thursday, 12:00–1:00 pm',
    ],
    [
      'three days a week',
      { byday: ['MO', 'WE', 'FR'], opens_at: '09:00', closes_at: '17:00' },
      'Every Monday, Wednesday and Friday, 9:00 am–5:00 pm',
    ],
    [
      '2nd Tuesday',
      { freq: 'monthly', byday: '2TU', opens_at: '19:00', closes_at: '20:30' },
      '2nd Tuesday of the month, 7:00–8:30 pm',
    ],
    [
      'last Friday',
      { freq: 'monthly', byday: '-1FR', opens_at: '19:00', closes_at: '20:30' },
      'Last Friday of the month, 7:00–8:30 pm',
    ],
    [
      '1st and 3rd Wednesday, written out of order',
      { freq: 'monthly', byday: ['3WE', '1WE'], opens_at: '10:00', closes_at: '11:30' },
      '1st and 3rd Wednesday of the month, 10:00–11:30 am',
    ],
    [
      '1st and last Sunday',
      { freq: 'monthly', byday: ['-1SU', '1SU'], opens_at: '14:00', closes_at: '16:00' },
      '1st and last Sunday of the month, 2:00–4:00 pm',
    ],
    [
      'different weekdays in a month',
      { freq: 'monthly', byday: ['3WE', '1MO'], opens_at: '19:00', closes_at: '20:00' },
      '1st Monday and 3rd Wednesday of the month, 7:00–8:00 pm',
    ],
    [
      'every other month',
      {
        freq: 'monthly',
        interval: 2,
        byday: '2TU',
        valid_from: '2026-01-13',
        opens_at: '19:00',
        closes_at: '20:30',
      },
      'Every other month on the 2nd Tuesday, 7:00–8:30 pm',
    ],
    [
      'every three months on the last Saturday',
      {
        freq: 'monthly',
        interval: 3,
        byday: '-1SA',
        valid_from: '2026-01-31',
        opens_at: '10:00',
        closes_at: '12:00',
      },
      'Every 3 months on the last Saturday, 10:00 am–12:00 pm',
    ],
    [
      'in the site time zone, named',
      { byday: 'SA', opens_at: '11:00', closes_at: '12:00', timezone: CHICAGO },
      'Every Saturday, 11:00 am–12:00 pm',
    ],
    [
      'in London',
      { byday: 'TU', opens_at: '19:00', closes_at: '20:30', timezone: LONDON },
      'Every Tuesday, 7:00–8:30 pm (London time)',
    ],
    [
      'in New York',
      { byday: 'SU', opens_at: '20:00', closes_at: '21:00', timezone: 'America/New_York' },
      'Every Sunday, 8:00–9:00 pm (New York time)',
    ],
  ])('describes a rule meeting %s', (_, input, expected) => {
    expect(describeRule(rule(input), english)).toBe(expected);
  });

  it('takes every word from the phrase table, so another language needs no code change', () => {
    const marked: SchedulePhrases = {
      ordinals: { '1': '<1>', '2': '<2>', '3': '<3>', '4': '<4>', '5': '<5>', '-1': '<last>' },
      and: '<and>',
      nthWeekday: (ordinals, weekday) => `<nth ${ordinals} ${weekday}>`,
      everyWeek: (days) => `<every ${days}>`,
      everyOtherWeek: (days) => `<every-other ${days}>`,
      everyNWeeks: (n, days) => `<every-${n}-weeks ${days}>`,
      everyMonth: (days) => `<monthly ${days}>`,
      everyOtherMonth: (days) => `<every-other-month ${days}>`,
      everyNMonths: (n, days) => `<every-${n}-months ${days}>`,
      daysAndTimes: (days, times) => `<${days} at ${times}>`,
      otherTimeZone: (text, place) => `<${text} in ${place}>`,
      everyDay: '<every-day>',
      dayRange: (first, last) => `<${first} to ${last}>`,
      clockWords: {},
      today: '<today>',
      tomorrow: '<tomorrow>',
    };
    const options = { lang: 'en', phrases: marked, siteTimezone: CHICAGO };
    expect(
      describeRule(
        rule({ byday: ['MO', 'TH'], opens_at: '12:00', closes_at: '13:00', timezone: LONDON }),
        options,
      ),
    ).toBe('<<<every Monday <and> Thursday> at 12:00–1:00 pm> in London>');
    expect(
      describeRule(
        rule({ freq: 'monthly', byday: ['1WE', '-1WE'], opens_at: '19:00', closes_at: '20:00' }),
        options,
      ),
    ).toBe('<<monthly <nth <1> <and> <last> Wednesday>> at 7:00–8:00 pm>');
  });

  it('takes weekday names and the clock style from the language, and the other words from the phrases', () => {
    const spanishDays = { ...english, lang: 'es' };
    expect(describeRule(rule({ byday: 'TU', opens_at: '18:30', closes_at: '20:00' }), spanishDays)).toBe(
      'Every martes, 18:30–20:00',
    );
  });
});

describe('describeHoursList', () => {
  it('describes each rule in its own sentence, in the order written', () => {
    const hours = [
      rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }),
      rule({ byday: 'SA', opens_at: '10:00', closes_at: '13:00' }),
    ];
    expect(describeHoursList(hours, english)).toEqual([
      'Every Monday, Tuesday, Wednesday, Thursday and Friday, 9:00 am–5:00 pm',
      'Every Saturday, 10:00 am–1:00 pm',
    ]);
  });
});

describe('describeTimeRange', () => {
  it.each([
    ['18:30', '20:00', 'en', '6:30–8:00 pm'],
    ['10:00', '11:30', 'en', '10:00–11:30 am'],
    ['11:00', '13:00', 'en', '11:00 am–1:00 pm'],
    ['12:00', '13:00', 'en', '12:00–1:00 pm'],
    ['00:00', '01:30', 'en', '12:00–1:30 am'],
    ['18:30', '20:00', 'es', '18:30–20:00'],
  ])('writes %s to %s in "%s" as "%s"', (opens, closes, lang, expected) => {
    expect(describeTimeRange(opens, closes, lang)).toBe(expected);
  });
});
