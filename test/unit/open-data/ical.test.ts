import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { groupsCalendar } from '../../../src/lib/open-data/ical.ts';
import { idMaker } from '../../../src/lib/open-data/ids.ts';
import { group, sampleContent } from '../directory/sample-content.ts';

const TODAY = '2026-11-26';

function calendarOf(groups: ReturnType<typeof group>[]) {
  const directory = buildDirectory(sampleContent({ groups }), TODAY);
  return groupsCalendar(directory.groups, {
    directory,
    id: idMaker(directory.site),
    name: 'Test',
    url: 'https://circles.example.org/',
    today: TODAY,
  });
}

/** The first `count` occurrences as ical.js expands them, as UTC instants and Chicago wall-clock times. */
function expand(text: string, count: number) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  const iterator = event.iterator();
  const found: { utc: string; local: string }[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    const utc = next.toJSDate().toISOString();
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/Chicago',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(next.toJSDate());
    found.push({ utc, local });
  }
  return found;
}

describe('group calendars', () => {
  it('keep "last Friday of the month" at 19:00 local across the November change', () => {
    const text = calendarOf([
      group('last-friday', {
        meetings: [
          { freq: 'monthly', byday: '-1FR', opens_at: '19:00', closes_at: '20:30', valid_from: '2026-10-01' },
        ],
      }),
    ]);
    expect(expand(text, 3)).toEqual([
      { utc: '2026-10-31T00:00:00.000Z', local: '2026-10-30 19:00' },
      { utc: '2026-11-28T01:00:00.000Z', local: '2026-11-27 19:00' },
      { utc: '2026-12-26T01:00:00.000Z', local: '2026-12-25 19:00' },
    ]);
  });

  it('keep "every other Tuesday" on its cycle and at 18:30 local across the March change, and end with UNTIL', () => {
    const text = calendarOf([
      group('fortnightly', {
        meetings: [
          {
            byday: 'TU',
            interval: 2,
            valid_from: '2027-02-23',
            valid_to: '2027-03-23',
            opens_at: '18:30',
            closes_at: '20:00',
          },
        ],
      }),
    ]);
    // WKST=MO is iCalendar's default, so ical.js leaves it out: the cycle still counts weeks from Monday.
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270324T045900Z');
    expect(expand(text, 10)).toEqual([
      { utc: '2027-02-24T00:30:00.000Z', local: '2027-02-23 18:30' },
      { utc: '2027-03-10T00:30:00.000Z', local: '2027-03-09 18:30' },
      // Daylight saving starts on 14 March 2027: the same 18:30, an hour earlier in UTC.
      { utc: '2027-03-23T23:30:00.000Z', local: '2027-03-23 18:30' },
    ]);
  });

  it('are CRLF text with folded lines of at most 75 octets, a VTIMEZONE, stable UIDs and the build date as DTSTAMP', () => {
    const text = calendarOf([group('a', { summary: 'Ñandú '.repeat(30).trim() })]);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago');
    expect(text).toContain('DTSTAMP:20261126T000000Z');
    expect(text).toMatch(/DTSTART;TZID=America\/Chicago:\d{8}T183000/);
    expect(calendarOf([group('a', { summary: 'Ñandú '.repeat(30).trim() })])).toBe(text);
  });

  it('pin only a public venue: an area-only group gets its area’s name and no GEO', () => {
    const text = calendarOf([group('private', { location: { kind: 'area', area: 'pilsen' } })]);
    expect(text).not.toContain('GEO:');
    expect(text).toContain('LOCATION:Meets in Pilsen');
    expect(calendarOf([group('venue')])).toContain('GEO:41.9662;-87.6541');
  });
});
