import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/vocabularies.ts';
import type { Directory, PublicEntry, PublicGroup, PublicService } from '../directory/types.ts';
import { absoluteUrl } from './site-url.ts';

/**
 * schema.org JSON-LD for an entry page: an EventSeries for a group, a Service for a service. A place is
 * described only as far as the public view allows: a venue with its address and point, an area by its
 * name, nothing for a place given on request.
 */

type Site = Pick<Directory, 'site'>['site'];
type JsonLd = Record<string, unknown>;

const DAY: Record<Weekday, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

/**
 * A rule as a schema.org Schedule. schema.org's byMonthWeek counts 1 to 5 from the month's start and has
 * no "last", so a rule with a last-weekday day is left out rather than said wrongly.
 */
function schedule(rule: ScheduleRule, site: Site): JsonLd[] {
  if (rule.byday.some((day) => day.ordinal === -1)) return [];
  const ordinals = [...new Set(rule.byday.flatMap((day) => (day.ordinal === null ? [] : [day.ordinal])))];
  return [
    {
      '@type': 'Schedule',
      repeatFrequency: `P${rule.interval}${rule.freq === 'weekly' ? 'W' : 'M'}`,
      byDay: [...new Set(rule.byday.map((day) => DAY[day.weekday]))],
      ...(ordinals.length > 0 ? { byMonthWeek: ordinals } : {}),
      startTime: rule.opens_at,
      endTime: rule.closes_at,
      scheduleTimezone: rule.timezone ?? site.timezone,
      ...(rule.valid_from ? { startDate: rule.valid_from } : {}),
      ...(rule.valid_to ? { endDate: rule.valid_to } : {}),
    },
  ];
}

function place(entry: PublicEntry, site: Site): JsonLd | undefined {
  const location = entry.location;
  if (location.kind === 'address') {
    const { postal } = location;
    return {
      '@type': 'Place',
      ...(location.venue ? { name: location.venue } : {}),
      address: {
        '@type': 'PostalAddress',
        streetAddress: [postal.address1, postal.address2].filter(Boolean).join(', '),
        addressLocality: postal.city,
        ...(postal.stateProvince ? { addressRegion: postal.stateProvince } : {}),
        ...(postal.postalCode ? { postalCode: postal.postalCode } : {}),
        addressCountry: site.region.country,
      },
      geo: {
        '@type': 'GeoCoordinates',
        latitude: location.point.latitude,
        longitude: location.point.longitude,
      },
    };
  }
  if (location.kind === 'area') return { '@type': 'Place', name: location.area.label };
  return undefined;
}

const organization = (entry: PublicEntry): JsonLd | undefined =>
  entry.organization && {
    '@type': 'Organization',
    name: entry.organization.name,
    ...(entry.organization.website ? { url: entry.organization.website } : {}),
  };

const MODE = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

function groupLd(group: PublicGroup, site: Site): JsonLd {
  const physical = group.attendance === 'online' ? undefined : place(group, site);
  const virtual =
    group.attendance === 'in_person'
      ? undefined
      : { '@type': 'VirtualLocation', ...(group.online?.url ? { url: group.online.url } : {}) };
  const locations = [physical, virtual].filter(Boolean);
  return {
    '@type': 'EventSeries',
    eventAttendanceMode: MODE[group.attendance],
    ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    eventSchedule: group.meetings.flatMap((rule) => schedule(rule, site)),
    ...(organization(group) ? { organizer: organization(group) } : {}),
    isAccessibleForFree: group.cost.kind !== 'fee',
  };
}

function serviceLd(service: PublicService, site: Site): JsonLd {
  const where = place(service, site);
  return {
    '@type': 'Service',
    ...(organization(service) ? { provider: organization(service) } : {}),
    ...(service.location.area ? { areaServed: { '@type': 'Place', name: service.location.area.label } } : {}),
    availableChannel: {
      '@type': 'ServiceChannel',
      ...(service.website ? { serviceUrl: service.website } : {}),
      ...(service.phones[0]
        ? { servicePhone: { '@type': 'ContactPoint', telephone: service.phones[0].href.slice(4) } }
        : {}),
      ...(where ? { serviceLocation: where } : {}),
    },
  };
}

/** The JSON-LD object for an entry's page, in the page's language. */
export function entryJsonLd(entry: PublicEntry, site: Site, lang: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...(entry.kind === 'group' ? groupLd(entry, site) : serviceLd(entry, site)),
    name: entry.name,
    description: entry.summary,
    url: absoluteUrl(site, entry.url),
    inLanguage: entry.kind === 'group' ? entry.languages : lang,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
