import { describe, expect, it } from 'vitest';
import { LOOKAHEAD_DAYS, nextOccurrences } from '../../../src/lib/schedule/index.ts';
import { at, CHICAGO, dates, LONDON, local, rule, spans } from './helpers.ts';

const tuesdayEvenings = rule({ byday: 'TU', opens_at: '18:30', closes_at: '20:00' });

describe('weekly rules', () => {
  it('lists the next five Tuesday evenings by default, in local time', () => {
    const occurrences = nextOccurrences([tuesdayEvenings], {
      from: at('2026-12-01T08:00-06:00'),
      timezone: CHICAGO,
    });
    expect(spans(occurrences)).toEqual([
      '2026-12-01T18:30-06:00/20:00',
      '2026-12-08T18:30-06:00/20:00',
      '2026-12-15T18:30-06:00/20:00',
      '2026-12-22T18:30-06:00/20:00',
      '2026-12-29T18:30-06:00/20:00',
    ]);
  });

  it('returns the rule each occurrence comes from', () => {
    const [first] = nextOccurrences([tuesdayEvenings], {
      from: at('2026-12-01T08:00-06:00'),
      timezone: CHICAGO,
    });
    expect(first?.rule).toBe(tuesdayEvenings);
  });

  it('meets on each listed day of the week', () => {
    const mondaysAndThursdays = rule({ byday: ['TH', 'MO'], opens_at: '12:00', closes_at: '13:00' });
    const occurrences = nextOccurrences([mondaysAndThursdays], {
      from: at('2026-12-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 4,
    });
    expect(dates(occurrences)).toEqual(['2026-12-03', '2026-12-07', '2026-12-10', '2026-12-14']);
  });

  it('merges several rules into one list, soonest first', () => {
    const rules = [
      rule({ byday: 'TH', opens_at: '19:00', closes_at: '20:00' }),
      rule({ byday: 'WE', opens_at: '10:00', closes_at: '11:00' }),
    ];
    const occurrences = nextOccurrences(rules, {
      from: at('2026-12-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 4,
    });
    expect(spans(occurrences)).toEqual([
      '2026-12-02T10:00-06:00/11:00',
      '2026-12-03T19:00-06:00/20:00',
      '2026-12-09T10:00-06:00/11:00',
      '2026-12-10T19:00-06:00/20:00',
    ]);
  });
});

describe('every other week', () => {
  const everyOtherTuesday = rule({
    byday: 'TU',
    interval: 2,
    valid_from: '2026-01-06',
    opens_at: '18:30',
    closes_at: '20:00',
  });

  it('meets every second week counted from the week of valid_from', () => {
    const occurrences = nextOccurrences([everyOtherTuesday], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
    });
    expect(dates(occurrences)).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
      '2026-03-03',
    ]);
  });

  it('skips the off week when asked from inside it', () => {
    const occurrences = nextOccurrences([everyOtherTuesday], {
      from: at('2026-01-12T00:00-06:00'),
      timezone: CHICAGO,
      count: 1,
    });
    expect(dates(occurrences)).toEqual(['2026-01-20']);
  });

  it('finds nothing during an off week', () => {
    const offWeek = nextOccurrences([everyOtherTuesday], {
      from: at('2026-01-12T00:00-06:00'),
      until: at('2026-01-18T23:59-06:00'),
      timezone: CHICAGO,
    });
    expect(offWeek).toEqual([]);
  });

  it('keeps the cycle a year later', () => {
    // 2026-01-06 + 50 weeks = 2026-12-22.
    const occurrences = nextOccurrences([everyOtherTuesday], {
      from: at('2026-12-10T00:00-06:00'),
      timezone: CHICAGO,
      count: 2,
    });
    expect(dates(occurrences)).toEqual(['2026-12-22', '2027-01-05']);
  });

  it('counts whole Monday-to-Sunday weeks, so a Tuesday before a Thursday valid_from waits a cycle', () => {
    const tuesdaysAndThursdays = rule({
      byday: ['TU', 'TH'],
      interval: 2,
      valid_from: '2026-01-08',
      opens_at: '18:00',
      closes_at: '19:00',
    });
    const occurrences = nextOccurrences([tuesdaysAndThursdays], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 4,
    });
    expect(dates(occurrences)).toEqual(['2026-01-08', '2026-01-20', '2026-01-22', '2026-02-03']);
  });

  it('meets every third week when the interval is 3', () => {
    const everyThirdMonday = rule({
      byday: 'MO',
      interval: 3,
      valid_from: '2026-01-05',
      opens_at: '18:00',
      closes_at: '19:00',
    });
    const occurrences = nextOccurrences([everyThirdMonday], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 3,
    });
    expect(dates(occurrences)).toEqual(['2026-01-05', '2026-01-26', '2026-02-16']);
  });
});

describe('monthly rules', () => {
  it('meets on the 2nd Tuesday of each month', () => {
    const secondTuesday = rule({ freq: 'monthly', byday: '2TU', opens_at: '19:00', closes_at: '20:30' });
    const occurrences = nextOccurrences([secondTuesday], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 4,
    });
    expect(dates(occurrences)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
  });

  it('meets on the last Friday whether the month has four or five Fridays, February included', () => {
    const lastFriday = rule({ freq: 'monthly', byday: '-1FR', opens_at: '19:00', closes_at: '20:30' });
    const occurrences = nextOccurrences([lastFriday], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
    });
    // January and May have five Fridays; February and March have four.
    expect(dates(occurrences)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
  });

  it('skips months that have no 5th Thursday', () => {
    const fifthThursday = rule({ freq: 'monthly', byday: '5TH', opens_at: '19:00', closes_at: '20:00' });
    const occurrences = nextOccurrences([fifthThursday], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
    });
    expect(dates(occurrences)).toEqual([
      '2026-01-29',
      '2026-04-30',
      '2026-07-30',
      '2026-10-29',
      '2026-12-31',
    ]);
  });

  it('meets on the 1st and 3rd Wednesday', () => {
    const firstAndThird = rule({
      freq: 'monthly',
      byday: ['3WE', '1WE'],
      opens_at: '19:00',
      closes_at: '20:00',
    });
    const occurrences = nextOccurrences([firstAndThird], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 4,
    });
    expect(dates(occurrences)).toEqual(['2026-01-07', '2026-01-21', '2026-02-04', '2026-02-18']);
  });

  it('lists a day once when a 5th Friday is also the last Friday', () => {
    const fifthOrLast = rule({
      freq: 'monthly',
      byday: ['5FR', '-1FR'],
      opens_at: '19:00',
      closes_at: '20:00',
    });
    const occurrences = nextOccurrences([fifthOrLast], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 2,
    });
    expect(dates(occurrences)).toEqual(['2026-01-30', '2026-02-27']);
  });

  it('meets every other month counted from the month of valid_from', () => {
    const everyOtherMonth = rule({
      freq: 'monthly',
      interval: 2,
      byday: '2TU',
      valid_from: '2026-01-13',
      opens_at: '19:00',
      closes_at: '20:00',
    });
    const occurrences = nextOccurrences([everyOtherMonth], {
      from: at('2026-02-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 3,
    });
    expect(dates(occurrences)).toEqual(['2026-03-10', '2026-05-12', '2026-07-14']);
  });
});

describe('valid_from and valid_to', () => {
  it('meets only between valid_from and valid_to, both days included', () => {
    const shortSeries = rule({
      byday: 'TU',
      valid_from: '2026-01-13',
      valid_to: '2026-01-27',
      opens_at: '18:30',
      closes_at: '20:00',
    });
    const occurrences = nextOccurrences([shortSeries], {
      from: at('2026-01-01T00:00-06:00'),
      timezone: CHICAGO,
    });
    expect(dates(occurrences)).toEqual(['2026-01-13', '2026-01-20', '2026-01-27']);
  });

  it('returns nothing, quickly, for a rule that ended years ago', () => {
    const ended = rule({ byday: 'TU', valid_to: '2019-06-30', opens_at: '18:30', closes_at: '20:00' });
    const started = performance.now();
    expect(nextOccurrences([ended], { from: at('2026-01-01T00:00-06:00'), timezone: CHICAGO })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('returns nothing for a rule that starts beyond the look-ahead window', () => {
    const later = rule({ byday: 'TU', valid_from: '2028-01-01', opens_at: '18:30', closes_at: '20:00' });
    expect(nextOccurrences([later], { from: at('2026-01-01T00:00-06:00'), timezone: CHICAGO })).toEqual([]);
  });

  it(`looks about ${LOOKAHEAD_DAYS} days ahead, far enough for a once-a-year meeting`, () => {
    const yearly = rule({
      freq: 'monthly',
      interval: 12,
      byday: '2TU',
      valid_from: '2026-01-01',
      opens_at: '19:00',
      closes_at: '20:00',
    });
    const occurrences = nextOccurrences([yearly], { from: at('2026-02-01T00:00-06:00'), timezone: CHICAGO });
    expect(dates(occurrences)).toEqual(['2027-01-12']);
  });
});

describe('meetings in progress and limits', () => {
  it('includes a meeting that has started but not ended', () => {
    const [current] = nextOccurrences([tuesdayEvenings], {
      from: at('2026-12-01T19:59-06:00'),
      timezone: CHICAGO,
    });
    expect(current && spans([current])).toEqual(['2026-12-01T18:30-06:00/20:00']);
  });

  it('leaves out a meeting the moment it ends', () => {
    const [next] = nextOccurrences([tuesdayEvenings], {
      from: at('2026-12-01T20:00-06:00'),
      timezone: CHICAGO,
    });
    expect(next && local(next.start)).toBe('2026-12-08T18:30-06:00');
  });

  it('returns at most `count` occurrences across all rules', () => {
    const rules = [tuesdayEvenings, rule({ byday: 'WE', opens_at: '10:00', closes_at: '11:00' })];
    const occurrences = nextOccurrences(rules, {
      from: at('2026-12-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 3,
    });
    expect(dates(occurrences)).toEqual(['2026-12-01', '2026-12-02', '2026-12-08']);
  });

  it('returns nothing when asked for no occurrences', () => {
    expect(
      nextOccurrences([tuesdayEvenings], { from: at('2026-12-01T00:00-06:00'), timezone: CHICAGO, count: 0 }),
    ).toEqual([]);
  });

  it('returns nothing starting after `until`, and includes one starting exactly then', () => {
    const occurrences = nextOccurrences([tuesdayEvenings], {
      from: at('2026-12-01T00:00-06:00'),
      until: at('2026-12-15T18:30-06:00'),
      timezone: CHICAGO,
      count: 10,
    });
    expect(dates(occurrences)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
  });

  it('returns nothing for a set of no rules', () => {
    expect(nextOccurrences([], { from: at('2026-12-01T00:00-06:00'), timezone: CHICAGO })).toEqual([]);
  });

  it('refuses a time zone that does not exist rather than return wrong times', () => {
    expect(() =>
      nextOccurrences([tuesdayEvenings], { from: at('2026-12-01T00:00Z'), timezone: 'Mars/Olympus' }),
    ).toThrow(/Mars\/Olympus/);
  });
});

describe('daylight saving time in America/Chicago, 2026', () => {
  const sundayEvenings = rule({ byday: 'SU', opens_at: '19:00', closes_at: '20:30' });

  it('keeps a 19:00 meeting at 19:00 local across the March change, an hour earlier in UTC', () => {
    const [before, after] = nextOccurrences([sundayEvenings], {
      from: at('2026-03-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 2,
    });
    expect(before && local(before.start)).toBe('2026-03-01T19:00-06:00');
    expect(after && local(after.start)).toBe('2026-03-08T19:00-05:00');
    expect(before?.start.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(after?.start.toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(after?.end.toISOString()).toBe('2026-03-09T01:30:00.000Z');
  });

  it('keeps a 19:00 meeting at 19:00 local across the November change, an hour later in UTC', () => {
    const [before, after] = nextOccurrences([sundayEvenings], {
      from: at('2026-10-25T00:00-05:00'),
      timezone: CHICAGO,
      count: 2,
    });
    expect(before && local(before.start)).toBe('2026-10-25T19:00-05:00');
    expect(after && local(after.start)).toBe('2026-11-01T19:00-06:00');
    expect(before?.start.toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(after?.start.toISOString()).toBe('2026-11-02T01:00:00.000Z');
  });

  it('holds a 02:30 meeting once on the spring-forward day, moved to 03:30 when 02:30 does not exist', () => {
    const earlyHours = rule({ byday: 'SU', opens_at: '02:30', closes_at: '03:30' });
    const occurrences = nextOccurrences([earlyHours], {
      from: at('2026-03-01T00:00-06:00'),
      timezone: CHICAGO,
      count: 3,
    });
    expect(spans(occurrences)).toEqual([
      '2026-03-01T02:30-06:00/03:30',
      '2026-03-08T03:30-05:00/04:30',
      '2026-03-15T02:30-05:00/03:30',
    ]);
  });

  it('holds a 01:30 meeting once on the fall-back day, when 01:30 happens twice', () => {
    const earlyHours = rule({ byday: 'SU', opens_at: '01:30', closes_at: '02:00' });
    const occurrences = nextOccurrences([earlyHours], {
      from: at('2026-11-01T00:00-05:00'),
      until: at('2026-11-01T23:59-06:00'),
      timezone: CHICAGO,
    });
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0] && local(occurrences[0].start).slice(0, 16)).toBe('2026-11-01T01:30');
  });
});

describe('rules with their own time zone', () => {
  const londonTuesdays = rule({ byday: 'TU', opens_at: '19:00', closes_at: '20:30', timezone: LONDON });

  it('keeps London wall-clock time, so the Chicago time moves in the week the two clocks change apart', () => {
    const occurrences = nextOccurrences([londonTuesdays], {
      from: at('2026-10-19T00:00-05:00'),
      timezone: CHICAGO,
      count: 3,
    });
    expect(occurrences.map((o) => local(o.start, LONDON))).toEqual([
      '2026-10-20T19:00+01:00',
      '2026-10-27T19:00+00:00',
      '2026-11-03T19:00+00:00',
    ]);
    expect(occurrences.map((o) => local(o.start, CHICAGO))).toEqual([
      '2026-10-20T13:00-05:00',
      '2026-10-27T14:00-05:00',
      '2026-11-03T13:00-06:00',
    ]);
  });

  it('uses the London date: late Monday in Chicago is already Tuesday in London', () => {
    const londonMornings = rule({ byday: 'TU', opens_at: '03:00', closes_at: '04:00', timezone: LONDON });
    const [first] = nextOccurrences([londonMornings], {
      from: at('2026-12-07T20:30-06:00'),
      timezone: CHICAGO,
    });
    expect(first && local(first.start, LONDON)).toBe('2026-12-08T03:00+00:00');
    expect(first && local(first.start, CHICAGO)).toBe('2026-12-07T21:00-06:00');
  });
});
