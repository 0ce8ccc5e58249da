import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { group, sampleContent } from './sample-content.ts';

const TODAY = '2026-11-26';

describe('the public view of a location', () => {
  it('publishes a public venue with its street, area and exact point', () => {
    const [entry] = buildDirectory(sampleContent({ groups: [group('venue')] }), TODAY).groups;
    expect(entry?.location).toEqual({
      kind: 'address',
      venue: 'Library, Room 2',
      lines: ['4544 N Broadway', 'Chicago IL 60640'],
      postal: { address1: '4544 N Broadway', city: 'Chicago', stateProvince: 'IL', postalCode: '60640' },
      area: { id: 'uptown', label: 'Uptown', lang: 'en', url: '/areas/uptown/' },
      point: { latitude: 41.9662, longitude: -87.6541 },
      approximate: false,
    });
  });

  it('gives an area-only group the area centre, marked approximate, and nothing of a venue', () => {
    const [entry] = buildDirectory(
      sampleContent({ groups: [group('private', { location: { kind: 'area', area: 'pilsen' } })] }),
      TODAY,
    ).groups;
    expect(entry?.location).toEqual({
      kind: 'area',
      area: { id: 'pilsen', label: 'Pilsen', lang: 'en', url: '/areas/pilsen/' },
      point: { latitude: 41.8565, longitude: -87.6597 },
      approximate: true,
    });
  });

  it('gives an on-request location no point at all', () => {
    const [entry] = buildDirectory(
      sampleContent({ groups: [group('secret', { location: { kind: 'on_request', area: 'pilsen' } })] }),
      TODAY,
    ).groups;
    expect(entry?.location).toEqual({
      kind: 'on_request',
      area: { id: 'pilsen', label: 'Pilsen', lang: 'en', url: '/areas/pilsen/' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/latitude|longitude/);
  });

  it('shows an online group based in an area as online, with the area but no point', () => {
    const [entry] = buildDirectory(
      sampleContent({
        groups: [
          group('online', {
            attendance: 'online',
            location: { kind: 'area', area: 'uptown' },
            online: { url: 'https://meet.example.org/x' },
          }),
        ],
      }),
      TODAY,
    ).groups;
    expect(entry?.location).toEqual({
      kind: 'online',
      area: { id: 'uptown', label: 'Uptown', lang: 'en', url: '/areas/uptown/' },
    });
  });
});

describe('the public view of an entry', () => {
  it('splits descriptions into paragraphs and joins wrapped lines', () => {
    const [entry] = buildDirectory(sampleContent({ groups: [group('x')] }), TODAY).groups;
    expect(entry?.description).toEqual(['First paragraph.', 'Second paragraph wraps here.']);
  });

  it('formats phone numbers for display and for tap-to-call', () => {
    const [entry] = buildDirectory(sampleContent({ groups: [group('x')] }), TODAY).groups;
    expect(entry?.kind === 'group' && entry.contact?.phone).toEqual({
      display: '(312) 555-0142',
      href: 'tel:+13125550142',
      sms: 'sms:+13125550142',
      type: 'voice',
    });
  });

  it('resolves topic labels and the host organization', () => {
    const [service] = buildDirectory(sampleContent(), TODAY).services;
    expect(service?.topics).toEqual([
      { id: 'hiv', label: 'Living with HIV', lang: 'en', url: '/topics/hiv/' },
    ]);
    expect(service?.organization).toEqual({
      id: 'north-org',
      name: 'North Org',
      description: 'Hosts things.',
    });
  });

  it('marks an entry stale when it was last verified more than the site’s months ago', () => {
    const directory = buildDirectory(
      sampleContent({
        groups: [
          group('old', { last_verified: '2025-11-25' }),
          group('recent', { last_verified: '2025-11-26' }),
        ],
      }),
      TODAY,
    );
    expect(directory.groups.map((g) => [g.id, g.stale])).toEqual([
      ['old', true],
      ['recent', false],
    ]);
  });
});
