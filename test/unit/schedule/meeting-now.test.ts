import { describe, expect, it } from 'vitest';
import { meetingNow, nextMeeting } from '../../../src/lib/schedule/index.ts';
import { at, CHICAGO, LONDON, local, rule } from './helpers.ts';

const tuesdayEvenings = rule({ byday: 'TU', opens_at: '18:30', closes_at: '20:00' });
const wednesdayMornings = rule({ byday: 'WE', opens_at: '10:00', closes_at: '11:30' });
const rules = [tuesdayEvenings, wednesdayMornings];

describe('meetingNow', () => {
  it('finds the meeting in progress', () => {
    const current = meetingNow(rules, at('2026-12-01T19:15-06:00'), CHICAGO);
    expect(current && local(current.start)).toBe('2026-12-01T18:30-06:00');
    expect(current?.rule).toBe(tuesdayEvenings);
  });

  it('counts a meeting as on from the minute it starts', () => {
    expect(meetingNow(rules, at('2026-12-01T18:30-06:00'), CHICAGO)).toBeDefined();
  });

  it('no longer counts a meeting once its end time comes', () => {
    expect(meetingNow(rules, at('2026-12-01T20:00-06:00'), CHICAGO)).toBeUndefined();
  });

  it('finds nothing shortly before a meeting starts', () => {
    expect(meetingNow(rules, at('2026-12-01T18:29-06:00'), CHICAGO)).toBeUndefined();
  });

  it("reads the site's time zone: 19:15 in Chicago is a meeting, 19:15 in UTC is not", () => {
    expect(meetingNow(rules, at('2026-12-01T19:15-06:00'), CHICAGO)).toBeDefined();
    expect(meetingNow(rules, at('2026-12-01T19:15Z'), CHICAGO)).toBeUndefined();
  });

  it("honours a rule's own time zone", () => {
    const london = rule({ byday: 'TU', opens_at: '19:00', closes_at: '20:30', timezone: LONDON });
    expect(meetingNow([london], at('2026-12-01T13:30-06:00'), CHICAGO)).toBeDefined();
    expect(meetingNow([london], at('2026-12-01T19:30-06:00'), CHICAGO)).toBeUndefined();
  });
});

describe('nextMeeting', () => {
  it('finds the next meeting to start', () => {
    const next = nextMeeting(rules, at('2026-12-01T12:00-06:00'), CHICAGO);
    expect(next && local(next.start)).toBe('2026-12-01T18:30-06:00');
  });

  it('passes over the meeting in progress to the one after it', () => {
    const next = nextMeeting(rules, at('2026-12-01T19:15-06:00'), CHICAGO);
    expect(next && local(next.start)).toBe('2026-12-02T10:00-06:00');
  });

  it('passes over meetings in progress for several rules at once', () => {
    const overlapping = [
      tuesdayEvenings,
      rule({ byday: 'TU', opens_at: '19:00', closes_at: '21:00' }),
      rule({ byday: 'FR', opens_at: '19:00', closes_at: '21:00' }),
    ];
    const next = nextMeeting(overlapping, at('2026-12-01T19:30-06:00'), CHICAGO);
    expect(next && local(next.start)).toBe('2026-12-04T19:00-06:00');
  });

  it('finds nothing for a series that has ended', () => {
    const ended = rule({ byday: 'TU', valid_to: '2026-06-30', opens_at: '18:30', closes_at: '20:00' });
    expect(nextMeeting([ended], at('2026-12-01T12:00-06:00'), CHICAGO)).toBeUndefined();
  });
});
