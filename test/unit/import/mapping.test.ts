import { describe, expect, it } from 'vitest';
import { contactRole } from '../../../src/lib/import/contact-role.ts';
import type { ImportContext } from '../../../src/lib/import/draft.ts';
import { readExportPlaceText } from '../../../src/lib/import/export-place-text.ts';
import { meetingGuideDrafts } from '../../../src/lib/import/meeting-guide/meetings-to-groups.ts';
import { readClock, readDays } from '../../../src/lib/import/meeting-guide/read-day-and-time.ts';
import { type Meeting, readMeeting } from '../../../src/lib/import/meeting-guide/read-meeting.ts';
import { readTypeCodes, typeCode } from '../../../src/lib/import/meeting-guide/type-codes.ts';
import { importText, stripHtml } from '../../../src/lib/import/plain-text.ts';
import { importPhone } from '../../../src/lib/import/read-values.ts';
import { IdAllocator, slugOf } from '../../../src/lib/import/slug-ids.ts';
import { tellApart } from '../../../src/lib/import/tell-apart.ts';
import { meetingGuideTypeTables, typesOf } from '../../../src/lib/open-data/meeting-guide-types.ts';

const ctx: ImportContext = {
  site: {
    country: 'US',
    defaultLanguage: 'en',
    timezone: 'America/Chicago',
    regionName: 'Lakeside',
    bounds: { south: 41.6, west: -88, north: 42.15, east: -87.5 },
    centre: { latitude: 41.88, longitude: -87.66 },
  },
  areas: [{ id: 'riverside', label: 'Riverside' }],
  topics: [{ id: 'recovery', label: 'Recovery' }],
  today: '2026-11-26',
  defaultTopic: 'recovery',
  defaultCategory: 'case-management',
};

const meetings = (...raws: Record<string, unknown>[]): Meeting[] =>
  raws.map((raw, index) => {
    const read = readMeeting({ region: 'Riverside', end_time: '20:00', ...raw }, `meeting ${index + 1}`);
    if ('problem' in read) throw new Error(read.problem);
    return read.meeting;
  });
const draftsOf = (...raws: Record<string, unknown>[]) =>
  meetingGuideDrafts(meetings(...raws), ctx, []).drafts;

describe('reading days and times', () => {
  it('takes a day as a number, a list, or (in a sheet) a name; a 7 is never taken for Sunday', () => {
    expect(readDays(2)).toEqual({ value: ['TU'] });
    expect(readDays([1, '4'])).toEqual({ value: ['MO', 'TH'] });
    expect(readDays('Saturday', true)).toEqual({ value: ['SA'] });
    expect(readDays(7)).toEqual({
      problem: expect.stringMatching(/^day 7 is not a day .*if 7 means Sunday here, write 0$/),
    });
    expect(readDays(-1)).toHaveProperty('problem');
  });

  it('takes the 24-hour clock as it is and a 12-hour clock with a note; never guesses', () => {
    expect(readClock('time', '07:30:00')).toEqual({ value: '07:30' });
    expect(readClock('time', '7:00 PM')).toEqual({
      value: '19:00',
      note: 'time "7:00 PM" is not on the 24-hour clock; read as 19:00',
    });
    expect(readClock('time', '7:00 PM', true)).toEqual({ value: '19:00' });
    expect(readClock('time', '24:00')).toHaveProperty('problem', expect.stringMatching(/is out of range/));
    expect(readClock('time', 'evening')).toHaveProperty('problem');
  });
});

describe('meetings into groups', () => {
  it('makes one group of a name at one place, with a rule per time and every day at that time', () => {
    const [group, ...others] = draftsOf(
      { name: 'Hope', day: 1, time: '19:00', address: '1 Main St' },
      { name: 'Hope', day: 4, time: '19:00', address: '1 Main St' },
      { name: 'Hope', day: 6, time: '10:00', end_time: '11:00', address: '1 Main St' },
      { name: 'Hope', day: 6, time: '10:00', address: '9 Other St' },
    );
    expect(others).toHaveLength(1);
    expect(group?.data.meetings).toEqual([
      { byday: ['MO', 'TH'], opens_at: '19:00', closes_at: '20:00' },
      { byday: ['SA'], opens_at: '10:00', closes_at: '11:00' },
    ]);
  });

  it('writes a public venue with its pin, an approximate one as its area, and a join link as online', () => {
    const [venue, approximate, online, hybrid] = draftsOf(
      {
        name: 'A',
        day: 1,
        time: '19:00',
        location: 'Hall',
        address: '1 Main St',
        city: 'Lakeside',
        latitude: 41.9,
        longitude: -87.7,
      },
      {
        name: 'B',
        day: 1,
        time: '19:00',
        address: '2 Main St',
        approximate: 'yes',
        latitude: 41.9,
        longitude: -87.7,
      },
      { name: 'C', day: 1, time: '19:00', conference_url: 'https://meet.example.org/c', approximate: 'yes' },
      {
        name: 'D',
        day: 1,
        time: '19:00',
        address: '3 Main St',
        city: 'Lakeside',
        latitude: 41.9,
        longitude: -87.7,
        conference_phone: '(312) 555-0100',
      },
    );
    expect(venue?.data).toMatchObject({
      attendance: 'in_person',
      location: { kind: 'address', venue: 'Hall', address_1: '1 Main St', area: 'riverside', latitude: 41.9 },
    });
    expect(approximate?.data.location).toEqual({ kind: 'area', area: 'riverside' });
    expect(online?.data).toMatchObject({
      attendance: 'online',
      online: { url: 'https://meet.example.org/c' },
      location: { kind: 'area' },
    });
    expect(hybrid?.data).toMatchObject({ attendance: 'hybrid', online: { phone: '(312) 555-0100' } });
  });

  it('reads type codes back through the tables the feed is written with', () => {
    const values = {
      audiences: ['women', 'youth'],
      accessibility: ['step-free'],
      openTo: 'audience-only',
      languages: ['es'],
    };
    const read = readTypeCodes(typesOf(values));
    expect(read).toMatchObject({ ...values, openTo: ['audience-only'], unmapped: [] });
    expect(readTypeCodes(['B', 'TC']).unmapped).toEqual(['B (Big Book)']);
    expect(Object.values(meetingGuideTypeTables.accessibility)).toContain(typeCode('Wheelchair Access'));
  });

  it('marks a group whose place is temporarily closed, and has no link, as paused', () => {
    const [group] = draftsOf({ name: 'Closed', day: 2, time: '19:00', types: ['TC'] });
    expect(group?.data).toMatchObject({ status: 'paused', alert: expect.stringMatching(/Temporarily/) });
  });
});

describe('text, names and ids from other systems', () => {
  it('reduces HTML to plain text and says so', () => {
    expect(stripHtml('<p>One &amp; two</p><p>Three<br>four</p>')).toEqual({
      text: 'One & two\nThree\nfour',
      hadHtml: true,
    });
    const notes: string[] = [];
    expect(importText('&lt;b&gt;bold&lt;/b&gt;', { field: 'notes', max: 100 }, notes)).toBe('bold');
    expect(notes).toEqual(['notes held HTML; written as plain text — check its line breaks']);
  });

  it('writes a role for a contact, never a person’s name', () => {
    const notes: string[] = [];
    expect(contactRole({ name: 'Maria Lopez' }, notes)).toBe('the group’s contact');
    expect(contactRole({ name: 'Intake team' }, notes)).toBe('Intake team');
    expect(contactRole({ name: 'Dr. Ada Smith', title: 'Clinic lead' }, notes)).toBe('Clinic lead');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/contact name "Maria Lopez" not written/);
  });

  it('gives stable, unique ids that never take a route’s address', () => {
    expect(slugOf('Grupo Nuevo Amanecer (Pilsen) & Friends')).toBe('grupo-nuevo-amanecer-pilsen-and-friends');
    const ids = new IdAllocator({ groups: ['hope'] });
    expect(ids.allocate('groups', 'Hope')).toBe('hope-2');
    expect(ids.allocate('groups', '24')).toBe('group-24');
    expect(ids.allocate('groups', '!!!')).toBe('group');
  });

  it('takes our exports’ sentence about a private place out of the directions, noting an on-request place', () => {
    expect(
      readExportPlaceText(
        'In Uptown; the place is given on request: contact the group.\n\nNear the lake.',
        'Uptown',
      ),
    ).toEqual({ text: 'Near the lake.', onRequest: true });
    expect(readExportPlaceText('Meets in Uptown; the exact place is shared on request.', 'Uptown')).toEqual({
      onRequest: false,
    });
  });
});

describe('records a feed cannot tell apart', () => {
  const notes = 'Open discussion meeting; everyone welcome. Coffee from half an hour before the start.';
  const drafts = () =>
    draftsOf(
      { name: 'Serenity Group', day: 1, time: '19:00', region: 'Riverside', notes },
      { name: 'Serenity Group', day: 2, time: '19:00', region: 'Northgate', notes },
    );

  it('get their area in the name, and a shared description starting with their own name, both reported', () => {
    const found = drafts();
    tellApart(found, (id) => ({ riverside: 'Riverside', northgate: 'Northgate' })[id] ?? id);
    expect(found.map((draft) => draft.data.name)).toEqual([
      'Serenity Group (Riverside)',
      'Serenity Group (Northgate)',
    ]);
    expect(found[0]?.data.description).toBe(`Serenity Group (Riverside): ${notes}`);
    expect(found[0]?.notes).toEqual(
      expect.arrayContaining([
        'shares its name with 1 other record(s) of the source; written as "Serenity Group (Riverside)" so they can be told apart',
        'its description is the same as other records’ in the source; written starting with its name — write its own',
      ]),
    );
  });
});

describe('phone numbers from feeds', () => {
  it('keep a dial-in number without the meeting codes dialled after it, and say so', () => {
    const notes: string[] = [];
    expect(importPhone('conference_phone', '+1 646 558 8656,,123456#', 'US', notes)).toBe('+1 646 558 8656');
    expect(notes[0]).toMatch(/the codes dialled after the number \(123456#\) are left out/);
  });
});
