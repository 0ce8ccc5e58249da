import { GroupSchema } from '../../schemas/group.ts';
import { ServiceSchema } from '../../schemas/service.ts';
import type { AnswerReader } from './answer-fields.ts';
import { readCost } from './read/read-cost.ts';

/**
 * A new group or service from the answers of "Add a group" or "Add a service". Every field the schema
 * requires is read or asked about; the validator has the last word on the file it becomes.
 */
export function entryFromAnswers(reader: AnswerReader, kind: 'group' | 'service'): Record<string, unknown> {
  const r = reader;
  const data: Record<string, unknown> = {};
  data.name = (r.text('name') ?? r.ask('name', 'no answer — please fill it in'))?.replace(/\s+/g, ' ');
  data.summary = r.translatable(
    r.line('summary') ?? r.ask('summary', 'no answer — write one line on who it is for'),
  );
  if (kind === 'service') {
    data.organization =
      r.organization('organization') ??
      r.missing('organization', 'no answer — name the organization that runs it');
    const categories = r.answers.choices('categories');
    data.categories =
      categories.length > 0 ? categories : r.ask('categories', 'no answer — choose at least one');
  }
  data.topics =
    r.topics('topics') ??
    (kind === 'group' ? r.missing('topics', 'no answer — name at least one topic') : undefined);
  data.description = r.translatable(
    r.text('description') ?? r.ask('description', 'no answer — say what it is and what happens'),
  );
  const audiences = r.answers.choices('audiences');
  if (audiences.length > 0) data.audiences = audiences;
  data.languages =
    r.languages('languages') ?? r.missing('languages', 'no answer — name the languages, like English');
  if (kind === 'group') {
    data.led_by = r.answers.choice('led_by') ?? r.ask('led_by', 'no answer — choose one');
    data.attendance = r.answers.choice('attendance') ?? r.ask('attendance', 'no answer — choose one');
    const rule = r.scheduleRule('days') ?? r.ask('days', 'no answer — say which day and time it meets');
    if (rule) data.meetings = [rule];
  } else {
    const hours = r.answers.choice('hours');
    if (hours === 'weekly' || (hours === undefined && r.text('days'))) {
      const rule = r.scheduleRule('days');
      if (rule) data.hours = [rule];
    } else data.hours = hours ?? r.ask('hours', 'no answer — choose one');
  }
  const location = newLocation(r, data.attendance);
  if (location) data.location = location;
  if (kind === 'group') {
    const online = r.online('online');
    if (online) data.online = online;
    const contact = compact({
      role: r.translatable(r.line('contact_role')),
      email: r.email('contact_email'),
      phone: r.phone('contact_phone'),
      website: r.webAddress('website'),
    });
    if (Object.keys(contact).length > 0) data.contact = contact;
  } else {
    const phone = r.phone('contact_phone');
    if (phone) data.phones = [{ number: phone }];
    data.website = r.webAddress('website');
    data.email = r.email('contact_email');
  }
  const cost = r.take('cost', readCost(r.answers.choice('cost'), r.text('cost_description')));
  if (cost)
    data.cost =
      cost.description === undefined
        ? cost.kind
        : { kind: cost.kind, description: r.translatable(cost.description) };
  const access = r.answers.choices('accessibility');
  if (access.length > 0) data.accessibility = access;
  if (kind === 'group') {
    data.newcomers = r.translatable(r.text('newcomers'));
    if (r.text('organization')) data.organization = r.organization('organization');
  }
  data.last_verified =
    r.date('last_verified') ??
    r.missing('last_verified', 'no answer — give the date you checked, like 2026-11-20');
  return inSchemaOrder(data, kind);
}

/** The location a new entry's answers describe; a street is never written where the place is private. */
function newLocation(r: AnswerReader, attendance: unknown): Record<string, unknown> | undefined {
  const kind = r.answers.choice('location_kind');
  const area = r.area('area');
  const address = r.addressFields();
  const street = ['address_1', 'address_2', 'venue', 'postal_code', 'latitude'].filter(
    (key) => key in address,
  );
  if (kind === 'address') return addressLocation(r, address, area);
  if (street.length > 0) {
    return r.ask(
      'location_kind',
      `says "${kind ?? 'no answer'}", but a venue, street or map position was given too — choose "address" only for a public venue whose address may be shown; otherwise leave those empty, because everything written here is published`,
    );
  }
  if (kind === 'area')
    return area
      ? { kind: 'area', area }
      : r.missing('area', 'no answer — the area is all that will be shown, so it is needed');
  if (kind === 'on_request') return { kind: 'on_request', ...(area ? { area } : {}) };
  if (kind === 'online' || attendance === 'online') return area ? { kind: 'area', area } : undefined;
  return r.ask('location_kind', 'no answer — choose one');
}

function addressLocation(
  r: AnswerReader,
  address: Record<string, unknown>,
  area: string | undefined,
): Record<string, unknown> | undefined {
  askForVenue(r, address);
  if (!area && !r.text('area')) r.ask('area', 'no answer — say which area the venue is in');
  return { kind: 'address', ...address, ...(area ? { area } : {}) };
}

const VENUE_NEEDS = [
  ['address', 'address_1', 'the street address of the public venue'],
  ['city', 'city', 'the city'],
  [
    'coordinates',
    'latitude',
    'the map position, like 41.9625, -87.6559 (right-click the place in a map app to copy it)',
  ],
] as const;

/** Asks for what a public venue's location still lacks (and was not answered unreadably). */
export function askForVenue(r: AnswerReader, location: Record<string, unknown>): void {
  for (const [field, key, what] of VENUE_NEEDS)
    if (!(key in location) && r.text(field) === undefined)
      r.ask(field, `no answer — a public venue needs ${what}`);
}

/** The object without its undefined values, so YAML has no empty keys. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The entry's fields in the schema's order; unknown fields (the validator reports them) stay at the end. */
export function inSchemaOrder(
  data: Record<string, unknown>,
  kind: 'group' | 'service',
): Record<string, unknown> {
  const order = Object.keys((kind === 'group' ? GroupSchema : ServiceSchema).shape);
  const known = order.filter((key) => key in data).map((key) => [key, data[key]]);
  const rest = Object.entries(data).filter(([key]) => !order.includes(key));
  return compact(Object.fromEntries([...known, ...rest]));
}
