import { describe, expect, it } from 'vitest';
import { meetsOn, weekdaysOf } from '../../../src/lib/schedule/index.ts';
import { rule } from './helpers.ts';

const rules = [
  rule({ byday: 'SU', opens_at: '10:00', closes_at: '11:00' }),
  rule({ freq: 'monthly', byday: '2TU', opens_at: '19:00', closes_at: '20:00' }),
  rule({ byday: ['TH', 'MO'], opens_at: '12:00', closes_at: '13:00' }),
  rule({ byday: 'TU', opens_at: '18:00', closes_at: '19:00' }),
];

describe('weekdaysOf', () => {
  it('lists each meeting day once, Monday first, counting a monthly 2nd Tuesday as Tuesday', () => {
    expect(weekdaysOf(rules)).toEqual(['MO', 'TU', 'TH', 'SU']);
  });

  it('lists no days for no rules', () => {
    expect(weekdaysOf([])).toEqual([]);
  });
});

describe('meetsOn', () => {
  it('says a group with a monthly last-Friday meeting meets on Fridays', () => {
    const lastFriday = rule({ freq: 'monthly', byday: '-1FR', opens_at: '19:00', closes_at: '20:00' });
    expect(meetsOn([lastFriday], 'FR')).toBe(true);
  });

  it('says a group does not meet on a day none of its rules name', () => {
    expect(meetsOn(rules, 'WE')).toBe(false);
    expect(meetsOn(rules, 'TH')).toBe(true);
  });
});
