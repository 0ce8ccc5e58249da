import { describe, expect, it } from 'vitest';
import { matchNames } from '../../../src/lib/contribute/read/match-names.ts';
import { readCoordinates } from '../../../src/lib/contribute/read/read-coordinates.ts';
import { readCost } from '../../../src/lib/contribute/read/read-cost.ts';
import { readDate, writesMonthFirst } from '../../../src/lib/contribute/read/read-date.ts';
import { readDays } from '../../../src/lib/contribute/read/read-days.ts';
import { readLanguages } from '../../../src/lib/contribute/read/read-languages.ts';
import { readPhone } from '../../../src/lib/contribute/read/read-phone.ts';
import { splitStreet } from '../../../src/lib/contribute/read/read-street.ts';
import { readTimeRange } from '../../../src/lib/contribute/read/read-time.ts';
import { readWebAddress } from '../../../src/lib/contribute/read/read-web-address.ts';
import type { Reading } from '../../../src/lib/contribute/read/reading.ts';

const value = <T>(reading: Reading<T>) => reading.value ?? reading.problem;

describe('the forgiving reader of form answers', () => {
  it('reads 12- and 24-hour times and ranges, and asks when a time could be morning or evening', () => {
    const cases: [string, string | undefined, unknown][] = [
      ['7pm', '8:30pm', { opens: '19:00', closes: '20:30' }],
      ['7–8:30pm', undefined, { opens: '19:00', closes: '20:30' }],
      ['9am', '11', { opens: '09:00', closes: '11:00' }],
      ['11-1pm', undefined, { opens: '11:00', closes: '13:00' }],
      ['19:00', '20:30', { opens: '19:00', closes: '20:30' }],
      ['6:30 p.m.', '8 p.m.', { opens: '18:30', closes: '20:00' }],
      ['de 7 a 8:30 pm', undefined, { opens: '19:00', closes: '20:30' }],
      ['7 de la tarde', '9 de la noche', { opens: '19:00', closes: '21:00' }],
      ['noon', '1:30pm', { opens: '12:00', closes: '13:30' }],
    ];
    for (const [start, end, expected] of cases)
      expect(value(readTimeRange(start, end)), start).toEqual(expected);
    expect(value(readTimeRange('7:00', '8:30'))).toMatch(
      /^"7:00" could be morning or evening — write 7:00 pm, 7:00 am/,
    );
    expect(value(readTimeRange('9pm', '8pm'))).toMatch(/^ends \(20:00\) before it starts \(21:00\)/);
  });

  it('reads weekdays, ranges of days, every other week and weeks of the month, in English and Spanish', () => {
    const us = { everyNthIsMonthly: true };
    const cases: [string, unknown][] = [
      ['Tuesdays', { freq: 'weekly', interval: 1, byday: ['TU'] }],
      ['Mon, Thu', { freq: 'weekly', interval: 1, byday: ['MO', 'TH'] }],
      ['Monday to Friday', { freq: 'weekly', interval: 1, byday: ['MO', 'TU', 'WE', 'TH', 'FR'] }],
      ['every other Wednesday', { freq: 'weekly', interval: 2, byday: ['WE'] }],
      ['every 2nd Thursday', { freq: 'monthly', interval: 1, byday: ['2TH'] }],
      ['2nd and 4th Monday', { freq: 'monthly', interval: 1, byday: ['2MO', '4MO'] }],
      ['the last Friday of the month', { freq: 'monthly', interval: 1, byday: ['-1FR'] }],
      ['lunes y miércoles', { freq: 'weekly', interval: 1, byday: ['MO', 'WE'] }],
      ['el primer jueves del mes', { freq: 'monthly', interval: 1, byday: ['1TH'] }],
      ['cada dos semanas, los martes', { freq: 'weekly', interval: 2, byday: ['TU'] }],
    ];
    for (const [answer, expected] of cases) expect(value(readDays(answer, us)), answer).toEqual(expected);
    expect(value(readDays('biweekly', us))).toMatch(/could mean twice a week or every two weeks/);
    expect(value(readDays('every 2nd Thursday', { everyNthIsMonthly: false }))).toMatch(
      /could mean one week of each month or every other week/,
    );
    expect(value(readDays('Thursdays except holidays', us))).toMatch(/^could not read "except holidays"/);
  });

  it('reads dates in the ISO and US forms and with month names, and asks when day and month could swap', () => {
    for (const answer of [
      '2026-11-20',
      '11/20/2026',
      '20/11/2026',
      '11/20/26',
      'Nov 20, 2026',
      '20 de noviembre de 2026',
    ])
      expect(value(readDate(answer, { monthFirst: undefined })), answer).toBe('2026-11-20');
    expect(value(readDate('05/06/2026', { monthFirst: true }))).toBe('2026-05-06');
    expect(value(readDate('05/06/2026', { monthFirst: undefined }))).toMatch(/could be May 6 or June 5/);
    expect(value(readDate('2/30/2026', { monthFirst: true }))).toMatch(/is not a day of the calendar/);
    expect([
      writesMonthFirst('en', 'US'),
      writesMonthFirst('es', 'US'),
      writesMonthFirst('en', 'GB'),
    ]).toEqual([true, false, false]);
  });

  it('reads language names in the site’s languages, topics by label, id or synonym in any case, and never picks between two', () => {
    expect(value(readLanguages('English, Spanish', ['en', 'es']))).toEqual(['en', 'es']);
    expect(value(readLanguages('inglés y español', ['en', 'es']))).toEqual(['en', 'es']);
    expect(value(readLanguages('ASL, Polish', ['en', 'es']))).toEqual(['ase', 'pl']);
    const topics = [
      { id: 'hiv', names: ['Living with HIV', 'Vivir con VIH'], synonyms: ['PLHIV'] },
      { id: 'mental-health', names: ['Mental health', 'Salud mental'] },
      { id: 'sexual-health', names: ['Sexual health'] },
    ];
    expect(value(matchNames('HIV, salud mental', topics, 'a topic'))).toEqual(['hiv', 'mental-health']);
    expect(value(matchNames('plhiv', topics, 'a topic'))).toEqual(['hiv']);
    expect(value(matchNames('health', topics, 'a topic'))).toBe(
      '"health" could be Mental health, Sexual health — write the one you mean',
    );
  });

  it('reads fees with their words, extensions, bare domains, positions with N/S/E/W and suites on the street line', () => {
    expect(value(readCost('free', 'free (donations welcome)'))).toEqual({ kind: 'donation' });
    expect(value(readCost('fee', '$5 a session; no one turned away'))).toEqual({
      kind: 'fee',
      description: '$5 a session; no one turned away',
    });
    expect(value(readCost('free', '$5'))).toMatch(/^is "free", but "Fee, if any" says "\$5"/);
    expect(value(readPhone('773.555.0100 ext. 4', 'US'))).toBe('(773) 555-0100 ext. 4');
    expect(value(readWebAddress('www.example.org/tuesday'))).toBe('https://www.example.org/tuesday');
    expect(value(readWebAddress('circle@example.org'))).toMatch(/is an email address/);
    expect(value(readCoordinates('41.9679° N, 87.6576° W'))).toEqual({
      latitude: 41.9679,
      longitude: -87.6576,
    });
    expect(value(readCoordinates('87.6576 W, 41.9679 N'))).toEqual({
      latitude: 41.9679,
      longitude: -87.6576,
    });
    expect(value(readCoordinates(`41°58'04.4"N 87°39'27.4"W`))).toEqual({
      latitude: 41.967889,
      longitude: -87.657611,
    });
    expect(splitStreet('4400 N Broadway, Suite 200')).toEqual({
      address_1: '4400 N Broadway',
      address_2: 'Suite 200',
    });
  });
});
