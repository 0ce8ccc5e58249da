import { languageName, useStrings } from '../../../i18n/index.ts';
import type { ScheduleRule } from '../../../schemas/schedule.ts';
import type { Directory, PublicEntry, PublicPhone } from '../../directory/types.ts';
import { describeRule } from '../../schedule/index.ts';
import type { IdMaker } from '../ids.ts';
import { privatePlaceText } from '../place-text.ts';
import { absoluteUrl } from '../site-url.ts';
import { compact, EXTENSION_PREFIX, type HsdsObject } from './hsds-object.ts';

/** Everything the mapping needs besides the entry: the directory in the export's language, and ids. */
export interface HsdsContext {
  directory: Pick<Directory, 'site' | 'lang' | 'paths' | 'topics'>;
  id: IdMaker;
  attributesOf: (entry: PublicEntry, serviceId: string) => HsdsObject[];
}

/** Our statuses as HSDS's; the importer reads them back. */
export const HSDS_STATUS = { active: 'active', paused: 'temporarily closed', closed: 'defunct' } as const;
// HSDS takes RFC 6350's phone types; a TTY line is a "textphone" there.
export const HSDS_PHONE_TYPE = { voice: 'voice', text: 'text', tty: 'textphone', fax: 'fax' } as const;

const ext = (name: string) => `${EXTENSION_PREFIX}${name}`;
const international = (phone: PublicPhone) => phone.href.replace(/^tel:/, '');

function phone(ctx: HsdsContext, key: string, value: PublicPhone, owner: Record<string, string>) {
  return compact({
    id: ctx.id('phone', key),
    ...owner,
    number: international(value),
    type: HSDS_PHONE_TYPE[value.type],
    description: value.description,
  });
}

/** A schedule rule as HSDS's RRULE-shaped schedule, with local times and the IANA zone as text. */
function schedule(
  ctx: HsdsContext,
  entry: PublicEntry,
  rule: ScheduleRule,
  index: number,
  serviceId: string,
) {
  const { site, lang } = ctx.directory;
  const zone = rule.timezone ?? site.timezone;
  const words = describeRule(rule, { lang, phrases: useStrings(lang).schedule, siteTimezone: site.timezone });
  return compact({
    id: ctx.id('schedule', `${entry.id}:${index}`),
    service_id: serviceId,
    valid_from: rule.valid_from,
    valid_to: rule.valid_to,
    // HSDS needs dtstart with an interval; our cycle counts from the week or month of valid_from.
    dtstart: rule.interval > 1 ? rule.valid_from : undefined,
    until: rule.valid_to,
    wkst: rule.interval > 1 && rule.freq === 'weekly' ? 'MO' : undefined,
    freq: rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: rule.interval,
    byday: rule.byday.map((day) => `${day.ordinal ?? ''}${day.weekday}`).join(','),
    // HSDS's `timezone` is a fixed UTC offset, which would be wrong for half of a year with daylight
    // saving: times stay local, and the zone's name is written in the description and in our own field.
    description: `${words} (${zone})`,
    opens_at: rule.opens_at,
    closes_at: rule.closes_at,
    attending_type: entry.kind === 'group' ? useStrings(lang).ui.attendance[entry.attendance] : undefined,
    notes: rule.notes,
    [ext('timezone')]: zone,
  });
}

function schedules(ctx: HsdsContext, entry: PublicEntry, serviceId: string): HsdsObject[] {
  const { ui } = useStrings(ctx.directory.lang);
  if (entry.kind === 'service' && entry.hours.kind !== 'scheduled') {
    const description = entry.hours.kind === 'always' ? ui.entry.alwaysOpen : ui.entry.byAppointment;
    return [compact({ id: ctx.id('schedule', `${entry.id}:hours`), service_id: serviceId, description })];
  }
  const rules = entry.kind === 'group' ? entry.meetings : entry.hours.rules;
  return rules.map((rule, index) => schedule(ctx, entry, rule, index, serviceId));
}

/**
 * The locations of an entry: a public venue with its coordinates and street address; an area or on-request
 * place as a named location with a description and nothing else (HSDS cannot mark a point approximate
 * and requires a full street address in `address`); an online meeting as a virtual location.
 */
function locations(ctx: HsdsContext, entry: PublicEntry): HsdsObject[] {
  const { site, lang } = ctx.directory;
  const { ui } = useStrings(lang);
  const place = entry.location;
  const organizationId = organizationIdOf(ctx, entry);
  const found: HsdsObject[] = [];
  const locationId = ctx.id('location', entry.id);
  const accessibility = (): HsdsObject[] => [
    ...entry.accessibility.map((feature) =>
      compact({
        id: ctx.id('accessibility', `${entry.id}:${feature}`),
        location_id: locationId,
        description: ui.accessibility[feature],
      }),
    ),
    ...(entry.accessibilityNotes
      ? [
          compact({
            id: ctx.id('accessibility', `${entry.id}:notes`),
            location_id: locationId,
            description: entry.accessibilityNotes,
          }),
        ]
      : []),
  ];
  if (place.kind === 'address') {
    const { postal } = place;
    const complete = postal.stateProvince !== undefined && postal.postalCode !== undefined;
    found.push(
      compact({
        id: locationId,
        location_type: 'physical',
        organization_id: organizationId,
        name: place.venue ?? postal.address1,
        // A street address missing its state or postal code cannot be an HSDS address; it stays readable here.
        description: [complete ? undefined : place.lines.join(', '), place.directions]
          .filter(Boolean)
          .join('\n\n'),
        latitude: place.point.latitude,
        longitude: place.point.longitude,
        addresses: complete
          ? [
              compact({
                id: ctx.id('address', entry.id),
                location_id: locationId,
                address_1: postal.address1,
                address_2: postal.address2,
                city: postal.city,
                state_province: postal.stateProvince,
                postal_code: postal.postalCode,
                country: site.region.country,
                address_type: 'physical',
              }),
            ]
          : [],
        accessibility: accessibility(),
      }),
    );
  } else if (place.kind === 'area' || (place.kind === 'on_request' && place.area)) {
    found.push(
      compact({
        id: locationId,
        location_type: 'physical',
        organization_id: organizationId,
        name: place.area?.label,
        description: [privatePlaceText(place, lang), place.directions].filter(Boolean).join('\n\n'),
        accessibility: accessibility(),
      }),
    );
  }
  if (entry.kind === 'group' && entry.attendance !== 'in_person') {
    found.push(
      compact({
        id: ctx.id('virtual-location', entry.id),
        location_type: 'virtual',
        url: entry.online?.url,
        organization_id: organizationId,
        name: useStrings(lang).ui.openData.place.online,
        description: entry.online?.notes,
      }),
    );
  }
  return found;
}

/** An entry with no host organisation is its own organisation: a peer group often is exactly that. */
export function organizationIdOf(ctx: Pick<HsdsContext, 'id'>, entry: PublicEntry): string {
  return entry.organization
    ? ctx.id('organization', entry.organization.id)
    : ctx.id('organization', `entry:${entry.id}`);
}

export function organizationOf(ctx: Pick<HsdsContext, 'id'>, entry: PublicEntry): HsdsObject {
  const org = entry.organization;
  return compact({
    id: organizationIdOf(ctx, entry),
    name: org?.name ?? entry.name,
    description: org ? (org.description ?? org.name) : entry.summary,
    email: org ? org.email : undefined,
    website: org ? org.website : undefined,
    [ext('self')]: org ? undefined : true,
  });
}

function costOption(ctx: HsdsContext, entry: PublicEntry, serviceId: string): HsdsObject {
  const { ui } = useStrings(ctx.directory.lang);
  return compact({
    id: ctx.id('cost_option', entry.id),
    service_id: serviceId,
    option: ui.cost[entry.cost.kind],
    amount: entry.cost.kind === 'fee' ? undefined : 0,
    amount_description: entry.cost.description,
  });
}

function contacts(ctx: HsdsContext, entry: PublicEntry, serviceId: string): HsdsObject[] {
  if (entry.kind !== 'group' || !entry.contact) return [];
  const contactId = ctx.id('contact', entry.id);
  const { role, email, phone: number } = entry.contact;
  // A role ("the facilitators"), never a person's name: HSDS's `name` stays empty on purpose.
  return [
    compact({
      id: contactId,
      service_id: serviceId,
      title: role,
      email,
      phones: number ? [phone(ctx, `${entry.id}:contact`, number, { contact_id: contactId })] : [],
    }),
  ];
}

function eligibility(ctx: HsdsContext, entry: PublicEntry): string | undefined {
  const { ui } = useStrings(ctx.directory.lang);
  if (entry.kind === 'service') return entry.eligibility.join('\n\n') || undefined;
  if (entry.openTo !== 'audience-only') return undefined;
  return `${ui.openTo['audience-only']}: ${entry.audiences.map((audience) => ui.audiences[audience]).join(', ')}`;
}

/** One entry as a fully nested HSDS 3.0 service, as `/services/{id}` returns it. */
export function hsdsService(ctx: HsdsContext, entry: PublicEntry): HsdsObject {
  const { site, lang } = ctx.directory;
  const serviceId = ctx.id('service', entry.id);
  const website = entry.kind === 'service' ? entry.website : entry.contact?.website;
  const email = entry.kind === 'service' ? entry.email : entry.contact?.email;
  const page = absoluteUrl(site, entry.url);
  const servicePhones =
    entry.kind === 'service'
      ? entry.phones.map((value, index) =>
          phone(ctx, `${entry.id}:${index}`, value, { service_id: serviceId }),
        )
      : [];
  const serviceLocations = locations(ctx, entry).map((location) =>
    compact({
      id: ctx.id('service_at_location', `${entry.id}:${location.id}`),
      service_id: serviceId,
      location_id: location.id as string,
      location,
    }),
  );
  return compact({
    id: serviceId,
    organization_id: organizationIdOf(ctx, entry),
    name: entry.name,
    description: [entry.summary, ...entry.description].join('\n\n'),
    url: website ?? page,
    email,
    status: HSDS_STATUS[entry.status],
    fees_description: entry.cost.description,
    eligibility_description: eligibility(ctx, entry),
    minimum_age: entry.kind === 'service' ? entry.minimumAge : undefined,
    maximum_age: entry.kind === 'service' ? entry.maximumAge : undefined,
    assured_date: entry.lastVerified,
    alert: entry.alert,
    phones: servicePhones,
    schedules: schedules(ctx, entry, serviceId),
    service_areas: entry.location.area
      ? [
          compact({
            id: ctx.id('service_area', entry.id),
            service_id: serviceId,
            name: entry.location.area.label,
          }),
        ]
      : [],
    service_at_locations: serviceLocations,
    languages: entry.languages.map((code) =>
      compact({
        id: ctx.id('language', `${entry.id}:${code}`),
        service_id: serviceId,
        name: languageName(code, lang),
        code,
      }),
    ),
    organization: organizationOf(ctx, entry),
    cost_options: [costOption(ctx, entry, serviceId)],
    contacts: contacts(ctx, entry, serviceId),
    attributes: ctx.attributesOf(entry, serviceId),
    [ext('id')]: entry.id,
    [ext('kind')]: entry.kind,
    [ext('page_url')]: page,
  });
}
