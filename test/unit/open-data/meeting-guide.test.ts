import { isMeetingType } from '@code4recovery/spec';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { checkMeetingGuide } from '../../../src/lib/open-data/check/check-meeting-guide.ts';
import { meetingGuideFeed, meetingSlug } from '../../../src/lib/open-data/meeting-guide.ts';
import { meetingGuideTypeTables, typesOf, valuesOf } from '../../../src/lib/open-data/meeting-guide-types.ts';
import { group, groupsOfEveryLocationKind, sampleContent } from '../directory/sample-content.ts';

const TODAY = '2026-11-26';
const feedOf = (groups: ReturnType<typeof group>[]) =>
  meetingGuideFeed(buildDirectory(sampleContent({ groups }), TODAY), TODAY);

describe('the Meeting Guide feed', () => {
  it('writes one meeting per weekday, never a day list, with Sunday as 0', () => {
    const feed = feedOf([
      group('twice', { meetings: [{ byday: ['MO', 'SU'], opens_at: '09:05', closes_at: '10:00' }] }),
    ]);
    expect(feed.meetings.map((meeting) => [meeting.slug, meeting.day, meeting.time])).toEqual([
      ['twice-monday', 1, '09:05'],
      ['twice-sunday', 0, '09:05'],
    ]);
    expect(checkMeetingGuide(JSON.stringify(feed.meetings))).toEqual([]);
  });

  it('leaves fortnightly and monthly meetings out, and counts them', () => {
    const feed = feedOf([
      group('monthly', {
        meetings: [{ freq: 'monthly', byday: '-1FR', opens_at: '19:00', closes_at: '20:00' }],
      }),
      group('mixed', {
        meetings: [
          { byday: 'TU', opens_at: '18:00', closes_at: '19:00' },
          { byday: 'TH', interval: 2, valid_from: '2026-11-05', opens_at: '18:00', closes_at: '19:00' },
        ],
      }),
      group('paused', { status: 'paused', alert: 'Paused until spring.' }),
    ]);
    expect(feed.meetings.map((meeting) => meeting.slug)).toEqual(['mixed-tuesday']);
    expect(feed).toMatchObject({ groups: 1, notWeekly: 1, rulesLeftOut: 1, notMeeting: 1 });
  });

  it('gives approximate places no coordinates and no street, and marks every place', () => {
    const online = { attendance: 'hybrid' as const, online: { url: 'https://meet.example.org/circle' } };
    const feed = feedOf([
      group('venue', online),
      group('private', { ...online, location: { kind: 'area', area: 'pilsen' } }),
      group('secret', { ...online, location: { kind: 'on_request', area: 'pilsen' } }),
    ]);
    const bySlug = Object.fromEntries(feed.meetings.map((meeting) => [meeting.slug.split('-')[0], meeting]));
    expect(bySlug.venue).toMatchObject({ approximate: 'no', latitude: 41.9662, address: '4544 N Broadway' });
    for (const hidden of [bySlug.private, bySlug.secret]) {
      expect(hidden).toMatchObject({ approximate: 'yes', formatted_address: 'Pilsen, Chicago, US' });
      expect(hidden).not.toHaveProperty('latitude');
      expect(hidden).not.toHaveProperty('address');
    }
  });

  it('leaves out a group that meets only at a place given on request, which clients would show as inactive', () => {
    const feed = feedOf(groupsOfEveryLocationKind());
    expect(feed.meetings.map((meeting) => meeting.slug)).toEqual(['venue-tuesday']);
    expect(feed.noPublicWayIn).toBe(2);
    const [meeting] = feed.meetings;
    const hidden = { ...meeting, approximate: 'yes', latitude: undefined, longitude: undefined };
    expect(checkMeetingGuide(JSON.stringify([hidden])).join('\n')).toContain(
      'clients show the meeting as inactive',
    );
  });

  it('keeps slugs unique, URL-safe and at most 64 characters, the same in every build', () => {
    const long = 'a-very-long-group-name-that-goes-on-and-on-about-what-it-is-for-x';
    const slugs = ['MO', 'TU'].map((day) => meetingSlug(long, day as 'MO', undefined));
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(64);
    expect(meetingSlug(long, 'MO', undefined)).toBe(slugs[0]);
  });

  it('uses only reserved type codes, and reads them back into our vocabularies', () => {
    const all = Object.values(meetingGuideTypeTables).flatMap((table) => Object.values(table));
    expect(all.filter((code) => !isMeetingType(code))).toEqual([]);
    const types = typesOf({
      audiences: ['women', 'veterans'],
      accessibility: ['step-free'],
      openTo: 'anyone',
      languages: ['es-MX'],
    });
    expect(types).toEqual(['O', 'S', 'W', 'X']);
    expect(valuesOf(types)).toEqual({
      audiences: ['women'],
      accessibility: ['step-free'],
      openTo: ['anyone'],
      languages: ['es'],
    });
  });

  it('check names the meeting and field that break the rules', () => {
    const [meeting] = feedOf([group('one')]).meetings;
    const broken = [
      { ...meeting, day: [1, 2], time: '7:00', approximate: 'yes', types: ['ZZ'] },
      { ...meeting },
    ];
    const problems = checkMeetingGuide(JSON.stringify(broken));
    expect(problems.join('\n')).toContain(
      'meeting 0 (one-tuesday, https://circles.example.org/groups/one/): day must be one number',
    );
    expect(problems.join('\n')).toContain('time must be HH:MM');
    expect(problems.join('\n')).toContain('latitude must not be given for an approximate place');
    expect(problems.join('\n')).toContain('ZZ, which is not a reserved type code');
    expect(problems.join('\n')).toContain("slug is also meeting 0's");
  });
});
