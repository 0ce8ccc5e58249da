import { AddressLocationSchema } from '../../schemas/location.ts';
import type { AnswerReader } from './answer-fields.ts';
import { askForVenue, compact, inSchemaOrder } from './answers-to-entry.ts';
import type { FormPurpose } from './issue-forms.ts';
import { readCost } from './read/read-cost.ts';

/**
 * An existing entry as "Suggest a change", "Report closed or wrong" or "Still correct" would leave it:
 * the fields answered are laid over the file's data, everything else is kept as it was. The result is
 * in the schema's field order, so fields that are new to the file land where a volunteer expects them.
 */
export function changedEntry(
  reader: AnswerReader,
  purpose: Exclude<FormPurpose, 'add-group' | 'add-service'>,
  kind: 'group' | 'service',
  before: Record<string, unknown>,
): Record<string, unknown> {
  const after = structuredClone(before);
  const r = reader;
  const checked =
    r.date('last_verified') ??
    r.missing('last_verified', 'no answer — give the date you checked, like 2026-11-20');
  const laterCheck =
    typeof before.last_verified === 'string' && checked !== undefined && checked < before.last_verified;
  if (purpose === 'still-correct') {
    if (laterCheck)
      r.ask(
        'last_verified',
        `is before the entry was last checked (${before.last_verified}) — check the date`,
      );
    else if (checked) after.last_verified = checked;
    return inSchemaOrder(after, kind);
  }
  if (purpose === 'closed') {
    const status = r.answers.choice('status') ?? r.ask('status', 'no answer — choose one');
    const details =
      r.line('details') ??
      r.ask('details', 'no answer — say what happened and since when; it is shown on the page');
    if (details) after.alert = withTranslation(r, before.alert, details);
    if (status === 'closed' || status === 'paused') {
      if (before.status === status)
        r.ask('status', `says ${status}, and the entry is already marked ${status}`);
      after.status = status;
      if (checked && !laterCheck) after.last_verified = checked;
    }
    return inSchemaOrder(after, kind);
  }

  // "Suggest a change": every question is optional; each answered one changes its field.
  const name = r.line('name');
  if (name) after.name = name;
  for (const field of ['summary', 'alert'] as const) {
    const text = r.line(field);
    if (text) after[field] = withTranslation(r, before[field], text);
  }
  for (const field of ['description', 'newcomers'] as const) {
    const text = r.text(field);
    if (text && (kind === 'group' || field === 'description'))
      after[field] = withTranslation(r, before[field], text);
  }
  const topics = r.topics('topics');
  if (topics) after.topics = topics;
  const languages = r.languages('languages');
  if (languages) after.languages = languages;
  for (const field of ['audiences', 'accessibility'] as const) {
    const chosen = r.answers.choices(field);
    if (chosen.length > 0 && (kind === 'group' || field === 'accessibility')) after[field] = chosen;
  }
  changeSchedule(r, kind, before, after);
  changeLocation(r, before, after);
  changeContact(r, kind, before, after);
  changeCost(r, before, after);
  const status = r.answers.choice('status');
  if (status) {
    after.status = status;
    if (status === 'active' && !r.text('alert')) delete after.alert;
  }
  if (checked && !laterCheck) after.last_verified = checked;
  else if (laterCheck)
    r.ask('last_verified', `is before the entry was last checked (${before.last_verified}) — check the date`);

  const changedFields = Object.keys({ ...before, ...after }).filter(
    (key) => key !== 'last_verified' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changedFields.length === 0 && r.problems.length === 0) {
    r.ask(
      r.text('other') ? 'other' : 'entry',
      r.text('other')
        ? 'says what to change only in words, which cannot be applied by itself — fill in the questions for the fields that change (such as "Start time"), or a maintainer changes the file by hand'
        : 'changes nothing — fill in the questions for the fields that change, and leave the rest empty',
    );
  }
  return inSchemaOrder(after, kind);
}

/** A translatable text with one language's version replaced, the others kept. */
function withTranslation(r: AnswerReader, existing: unknown, text: string): unknown {
  const { siteLanguage } = r.site;
  if (typeof existing === 'object' && existing !== null) return { ...existing, [r.language]: text };
  if (existing === undefined || r.language === siteLanguage) return r.translatable(text);
  return { [siteLanguage]: existing, [r.language]: text };
}

function changeSchedule(
  r: AnswerReader,
  kind: 'group' | 'service',
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  const field = kind === 'group' ? 'meetings' : 'hours';
  const hours = kind === 'service' ? r.answers.choice('hours') : undefined;
  if (hours === '24/7' || hours === 'by_appointment') {
    after.hours = hours;
    return;
  }
  const parts = r.partialRule('days');
  if (Object.keys(parts).length === 0) return;
  const rules = Array.isArray(before[field]) ? (before[field] as Record<string, unknown>[]) : [];
  const complete = 'byday' in parts && 'opens_at' in parts && 'closes_at' in parts;
  if (rules.length > 1 && !complete) {
    r.ask(
      'days',
      `this ${kind} has ${rules.length} ${kind === 'group' ? 'meeting times' : 'opening times'} — to change them, give the day, start and end of the one time that replaces them all, or say which one changes under "Anything else" for a maintainer`,
    );
    return;
  }
  const old = rules.length === 1 ? (rules[0] as Record<string, unknown>) : {};
  const rule: Record<string, unknown> =
    'byday' in parts
      ? Object.fromEntries(
          Object.entries(old).filter(([key]) => !['freq', 'interval', 'byday'].includes(key)),
        )
      : { ...old };
  Object.assign(rule, parts);
  if (rule.freq === 'weekly') delete rule.freq;
  if (rule.interval === 1) delete rule.interval;
  if (!('byday' in rule)) r.ask('days', 'no answer — say which day it meets, like "Tuesdays"');
  if (!('opens_at' in rule)) r.ask('opens_at', 'no answer — say when it starts, like 7pm');
  if (!('closes_at' in rule)) r.ask('closes_at', 'no answer — say when it ends, like 8:30pm');
  if (typeof rule.interval === 'number' && !rule.valid_from)
    r.ask('first_date', `needed when it meets every ${rule.interval} weeks — give the date of one meeting`);
  after[field] = [
    {
      freq: rule.freq,
      interval: rule.interval,
      byday: rule.byday,
      opens_at: rule.opens_at,
      closes_at: rule.closes_at,
      ...rule,
    },
  ].map(compact);
}

const PLACE_FIELDS = [
  'location_kind',
  'area',
  'venue',
  'address',
  'address_2',
  'city',
  'state',
  'postcode',
  'coordinates',
];
const STREET_KEYS = [
  'venue',
  'address_1',
  'address_2',
  'city',
  'state_province',
  'postal_code',
  'latitude',
  'longitude',
];

function changeLocation(
  r: AnswerReader,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  if (!PLACE_FIELDS.some((field) => r.text(field) !== undefined)) return;
  const old = (
    typeof before.location === 'object' && before.location !== null ? before.location : {}
  ) as Record<string, unknown>;
  const kind = r.answers.choice('location_kind') ?? (old.kind as string | undefined);
  const area = r.area('area') ?? (old.area as string | undefined);
  const given = r.addressFields();
  if (kind === 'address') {
    const kept = old.kind === 'address' ? old : {};
    const location: Record<string, unknown> = compact({
      ...kept,
      kind: 'address',
      ...given,
      area,
      directions: old.directions,
    });
    askForVenue(r, location);
    after.location = Object.fromEntries(
      Object.keys(AddressLocationSchema.shape)
        .filter((key) => key in location)
        .map((key) => [key, location[key]]),
    );
    return;
  }
  if (STREET_KEYS.some((key) => key in given)) {
    r.ask(
      'location_kind',
      `is "${kind}", which keeps the place private, but a venue, street or map position was given — choose "address" only for a public venue whose address may be shown; otherwise leave those empty, because everything written here is published`,
    );
    return;
  }
  if (kind === 'online') {
    if (area) after.location = { kind: 'area', area };
    else delete after.location;
    return;
  }
  after.location = compact({ kind, area, directions: old.directions });
}

function changeContact(
  r: AnswerReader,
  kind: 'group' | 'service',
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  const online = r.online('online');
  if (online)
    after.online = compact({
      ...(before.online as object),
      url: undefined,
      link_on_request: undefined,
      ...online,
    });
  const email = r.email('contact_email');
  const phone = r.phone('contact_phone');
  const website = r.webAddress('website');
  if (kind === 'group') {
    const role = r.line('contact_role');
    if (!(email || phone || website || role)) return;
    const old = (before.contact ?? {}) as Record<string, unknown>;
    after.contact = compact({
      ...old,
      ...(role ? { role: withTranslation(r, old.role, role) } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(website ? { website } : {}),
    });
    return;
  }
  if (email) after.email = email;
  if (website) after.website = website;
  if (phone) {
    const phones = Array.isArray(before.phones)
      ? (structuredClone(before.phones) as Record<string, unknown>[])
      : [];
    if (phones[0]) phones[0].number = phone;
    else phones.push({ number: phone });
    after.phones = phones;
  }
}

function changeCost(r: AnswerReader, before: Record<string, unknown>, after: Record<string, unknown>): void {
  const choice = r.answers.choice('cost');
  const text = r.text('cost_description');
  if (choice === undefined && text === undefined) return;
  const old = before.cost;
  const oldKind = typeof old === 'string' ? old : (old as { kind?: string } | undefined)?.kind;
  const cost = r.take('cost', readCost(choice ?? oldKind, text));
  if (!cost) return;
  after.cost =
    cost.description === undefined
      ? cost.kind
      : { kind: cost.kind, description: withTranslation(r, undefined, cost.description) };
}
