import type { Phone } from '../../schemas/contact.ts';
import type { GroupData } from '../../schemas/group.ts';
import type { Location } from '../../schemas/location.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { paths } from '../paths.ts';
import { dialable } from '../phone.ts';
import { weekdaysOf } from '../schedule/weekdays.ts';
import { isStale } from '../staleness.ts';
import { paragraphs } from '../text.ts';
import type {
  AreaRef,
  PublicArea,
  PublicGroup,
  PublicLocation,
  PublicPhone,
  PublicService,
  PublicTopic,
  RawEntry,
} from './types.ts';

/** What the projection needs to know beyond the entry itself. */
export interface ViewContext {
  country: string;
  today: string;
  staleAfterMonths: number;
  topics: ReadonlyMap<string, PublicTopic>;
  areas: ReadonlyMap<string, PublicArea>;
  organizations: ReadonlyMap<string, { id: string; name: string; website?: string }>;
}

const requireArea = (ctx: ViewContext, id: string): PublicArea => {
  const area = ctx.areas.get(id);
  // References are checked before projection; reaching this is a bug, not a content error.
  if (!area) throw new Error(`unresolved area ${id}`);
  return area;
};

const areaRef = (area: PublicArea): AreaRef => ({ id: area.id, label: area.label, url: area.url });

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * The privacy rule in one place: which parts of a location may be published. An `area` location gets
 * the area's centre (never anything of the venue); `on_request` and online get no point at all.
 */
export function publicLocation(ctx: ViewContext, location: Location | undefined): PublicLocation {
  if (!location) return { kind: 'online' };
  switch (location.kind) {
    case 'address': {
      const area = areaRef(requireArea(ctx, location.area));
      const cityLine = [location.city, location.state_province, location.postal_code]
        .filter(Boolean)
        .join(' ');
      return {
        kind: 'address',
        ...optional('venue', location.venue),
        lines: [location.address_1, location.address_2, cityLine].filter((line): line is string =>
          Boolean(line),
        ),
        area,
        point: { latitude: location.latitude, longitude: location.longitude },
        approximate: false,
        ...optional('directions', location.directions),
      };
    }
    case 'area': {
      const area = requireArea(ctx, location.area);
      return {
        kind: 'area',
        area: areaRef(area),
        point: area.centre,
        approximate: true,
        ...optional('directions', location.directions),
      };
    }
    case 'on_request':
      return {
        kind: 'on_request',
        ...optional(
          'area',
          location.area === undefined ? undefined : areaRef(requireArea(ctx, location.area)),
        ),
        ...optional('directions', location.directions),
      };
  }
}

const publicPhone = (ctx: ViewContext, phone: Phone): PublicPhone => ({
  ...dialable(phone.number, ctx.country),
  type: phone.type,
  ...optional('description', phone.description),
});

const voice = (ctx: ViewContext, number: string | undefined) =>
  number === undefined ? undefined : publicPhone(ctx, { number, type: 'voice' });

const sharedFields = (ctx: ViewContext, raw: RawEntry<GroupData | ServiceData>) => {
  const data = raw.data;
  const organization = data.organization ? ctx.organizations.get(data.organization) : undefined;
  return {
    id: raw.id,
    source: raw.file,
    name: data.name,
    summary: data.summary,
    description: paragraphs(data.description),
    topics: data.topics.map((id) => {
      const topic = ctx.topics.get(id);
      if (!topic) throw new Error(`unresolved topic ${id}`);
      return { id: topic.id, label: topic.label, url: topic.url };
    }),
    languages: data.languages,
    cost: data.cost,
    accessibility: data.accessibility,
    ...optional('accessibilityNotes', data.accessibility_notes),
    status: data.status,
    ...optional('alert', data.alert),
    location: publicLocation(ctx, data.location),
    ...optional('organization', organization),
    lastVerified: data.last_verified,
    stale: isStale(data.last_verified, ctx.today, ctx.staleAfterMonths),
  };
};

/** Projects a group onto what may be published. */
export function toPublicGroup(ctx: ViewContext, raw: RawEntry<GroupData>): PublicGroup {
  const data = raw.data;
  const shared = sharedFields(ctx, raw);
  const location =
    data.attendance === 'online' && shared.location.kind === 'area'
      ? { kind: 'online' as const, area: shared.location.area }
      : shared.location;
  const contact = data.contact && {
    ...optional('role', data.contact.role),
    ...optional('email', data.contact.email),
    ...optional('phone', voice(ctx, data.contact.phone)),
    ...optional('website', data.contact.website),
    ...optional('form', data.contact.form),
  };
  const online = data.online && {
    link_on_request: data.online.link_on_request,
    ...optional('url', data.online.url),
    ...optional('phone', voice(ctx, data.online.phone)),
    ...optional('notes', data.online.notes),
  };
  return {
    kind: 'group',
    url: paths.group(raw.id),
    ...shared,
    location,
    audiences: data.audiences,
    ledBy: data.led_by,
    openTo: data.open_to,
    attendance: data.attendance,
    meetings: data.meetings,
    weekdays: weekdaysOf(data.meetings),
    ...optional('online', online),
    ...optional('contact', contact),
    newcomers: paragraphs(data.newcomers),
  };
}

/** Projects a service onto what may be published. */
export function toPublicService(ctx: ViewContext, raw: RawEntry<ServiceData>): PublicService {
  const data = raw.data;
  return {
    kind: 'service',
    url: paths.service(raw.id),
    ...sharedFields(ctx, raw),
    categories: data.categories,
    eligibility: paragraphs(data.eligibility_description),
    ...optional('minimumAge', data.minimum_age),
    ...optional('maximumAge', data.maximum_age),
    hours: data.hours,
    ...optional('hoursNotes', data.hours_notes),
    phones: data.phones.map((phone) => publicPhone(ctx, phone)),
    ...optional('website', data.website),
    ...optional('email', data.email),
  };
}
