import type { RawContent } from '../../../src/lib/directory/types.ts';
import { AreaSchema } from '../../../src/schemas/area.ts';
import { type GroupInput, GroupSchema } from '../../../src/schemas/group.ts';
import { OrganizationSchema } from '../../../src/schemas/organization.ts';
import { type ServiceInput, ServiceSchema } from '../../../src/schemas/service.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';

/** A group as a volunteer would write it, with overrides. Parsed by the real schema. */
export const group = (id: string, overrides: Partial<GroupInput> = {}) => ({
  id,
  file: `content/groups/${id}.yaml`,
  data: GroupSchema.parse({
    name: `Group ${id}`,
    summary: 'A weekly circle.',
    description: 'First paragraph.\n\nSecond paragraph\nwraps here.',
    topics: ['grief'],
    languages: ['en'],
    led_by: 'peer',
    attendance: 'in_person',
    meetings: [{ byday: 'TU', opens_at: '18:30', closes_at: '20:00' }],
    location: {
      kind: 'address',
      venue: 'Library, Room 2',
      address_1: '4544 N Broadway',
      city: 'Chicago',
      state_province: 'IL',
      postal_code: '60640',
      area: 'uptown',
      latitude: 41.9662,
      longitude: -87.6541,
    },
    contact: { email: 'circle@example.org', phone: '(312) 555-0142' },
    cost: 'free',
    last_verified: '2026-10-01',
    ...overrides,
  }),
});

export const service = (id: string, overrides: Partial<ServiceInput> = {}) => ({
  id,
  file: `content/services/${id}.yaml`,
  data: ServiceSchema.parse({
    name: `Service ${id}`,
    summary: 'Free testing.',
    organization: 'north-org',
    categories: ['testing'],
    topics: ['hiv'],
    description: 'Walk in.',
    cost: 'free',
    languages: ['en', 'es'],
    hours: '24/7',
    phones: [{ number: '(773) 555-0100' }],
    last_verified: '2026-10-01',
    ...overrides,
  }),
});

export const sampleContent = (parts: Partial<RawContent> = {}): RawContent => ({
  site: SiteSchema.parse({
    name: 'Circles Test',
    tagline: 'Test',
    url: 'https://circles.example.org/',
    demo: true,
    region: { name: 'Chicago', country: 'US', bounds: { south: 41.6, west: -88, north: 42.15, east: -87.5 } },
    timezone: 'America/Chicago',
    default_language: 'en',
    map: {
      centre: { latitude: 41.88, longitude: -87.66 },
      zoom: 11,
      tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    },
    repository: { url: 'https://github.com/example/circles' },
  }),
  topics: [
    TopicSchema.parse({ id: 'grief', label: 'Grief and loss', description: 'After a death.' }),
    TopicSchema.parse({ id: 'hiv', label: 'Living with HIV', description: 'HIV.' }),
  ],
  areas: [
    AreaSchema.parse({ id: 'uptown', label: 'Uptown', centre: { latitude: 41.9656, longitude: -87.6537 } }),
    AreaSchema.parse({ id: 'pilsen', label: 'Pilsen', centre: { latitude: 41.8565, longitude: -87.6597 } }),
  ],
  places: [],
  organizations: [
    {
      id: 'north-org',
      file: 'content/organizations/north-org.yaml',
      data: OrganizationSchema.parse({
        name: 'North Org',
        description: 'Hosts things.',
        last_verified: '2026-01-01',
      }),
    },
  ],
  groups: [group('b-group'), group('a-group')],
  services: [service('testing')],
  files: { topics: 'content/topics.yaml', areas: 'content/areas.yaml' },
  ...parts,
});

/**
 * One group for each way a place can be published: a public venue, an area-only place and a place given
 * on request. Tests of the privacy rules start from these.
 */
export const groupsOfEveryLocationKind = () => [
  group('venue'),
  group('private', { location: { kind: 'area', area: 'pilsen' } }),
  group('secret', { location: { kind: 'on_request', area: 'pilsen' } }),
];
