import { describe, expect, it } from 'vitest';
import { schedule } from '../../../src/i18n/en/schedule.ts';
import {
  formatOccurrence,
  nextOccurrences,
  type Occurrence,
  relativeDay,
} from '../../../src/lib/schedule/index.ts';
import { at, CHICAGO, LONDON, rule } from './helpers.ts';

const tuesdayEvenings = rule({ byday: 'TU', opens_at: '18:30', closes_at: '20:00' });

function firstOccurrence(from: string): Occurrence {
  const [first] = nextOccurrences([tuesdayEvenings], { from: at(from), timezone: CHICAGO, count: 1 });
  if (!first) throw new Error('expected an occurrence');
  return first;
}

describe('formatOccurrence', () => {
  const occurrence = firstOccurrence('2026-12-01T08:00-06:00');

  it('writes the day and times of a meeting in English', () => {
    expect(formatOccurrence(occurrence, { lang: 'en', timezone: CHICAGO })).toBe(
      'Tuesday, December 1, 6:30–8:00 pm',
    );
  });

  it('writes the day and times in the time zone asked for, which can change the date', () => {
    expect(formatOccurrence(occurrence, { lang: 'en', timezone: LONDON })).toBe(
      'Wednesday, December 2, 12:30–2:00 am',
    );
  });

  it('writes the day and times in Spanish', () => {
    expect(formatOccurrence(occurrence, { lang: 'es', timezone: CHICAGO })).toBe(
      'martes, 1 de diciembre, 18:30–20:00',
    );
  });
});

describe('relativeDay', () => {
  const occurrence = firstOccurrence('2026-12-01T08:00-06:00');

  it('says "today" for a meeting later the same local day', () => {
    expect(relativeDay(occurrence, at('2026-12-01T08:00-06:00'), CHICAGO, schedule)).toBe('today');
  });

  it('says "tomorrow" late the evening before, even when it is already the next day in UTC', () => {
    expect(relativeDay(occurrence, at('2026-11-30T23:30-06:00'), CHICAGO, schedule)).toBe('tomorrow');
  });

  it('says nothing for a meeting two or more days away', () => {
    expect(relativeDay(occurrence, at('2026-11-29T12:00-06:00'), CHICAGO, schedule)).toBeUndefined();
  });

  it('takes the words from the phrases it is given', () => {
    expect(
      relativeDay(occurrence, at('2026-12-01T08:00-06:00'), CHICAGO, { today: 'hoy', tomorrow: 'mañana' }),
    ).toBe('hoy');
  });
});
