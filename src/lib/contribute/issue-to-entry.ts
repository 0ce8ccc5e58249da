import { parse } from 'yaml';
import { weekdays } from '../../schemas/vocabularies.ts';
import { IssueBodyError } from './issue-body.ts';

/** An issue form as `.github/ISSUE_TEMPLATE/*.yml` declares it: its fields' labels and ids. */
export interface IssueForm {
  name: string;
  /** Label → field id. */
  fields: Map<string, string>;
}

/** Reads an issue form's YAML, so labels are written once, in the form. */
export function readIssueForm(yamlText: string): IssueForm {
  const form = parse(yamlText) as { name: string; body: { id?: string; attributes?: { label?: string } }[] };
  const fields = new Map<string, string>();
  for (const item of form.body)
    if (item.id && item.attributes?.label) fields.set(item.attributes.label, item.id);
  return { name: form.name, fields };
}

/** The form's answers by field id. Headings the form does not have are an error: a different form was used. */
export function answersById(answers: Map<string, string | undefined>, form: IssueForm): Map<string, string> {
  const unknown = [...answers.keys()].filter((label) => !form.fields.has(label));
  if (unknown.length > 0) {
    throw new IssueBodyError(
      `has ${unknown.map((label) => `"### ${label}"`).join(', ')}, which the form "${form.name}" does not ask — was the issue made with a different form, or a heading edited?`,
    );
  }
  const byId = new Map<string, string>();
  for (const [label, value] of answers) {
    const id = form.fields.get(label);
    if (id && value !== undefined) byId.set(id, value);
  }
  return byId;
}

/** What the content already holds, to turn names people write into ids. */
export interface Lookups {
  topics: { id: string; label: string }[];
  areas: { id: string; label: string }[];
  organizations: { id: string; name: string }[];
}

export interface EntryDraft {
  data: Record<string, unknown>;
  /** What is missing or could not be understood, each as "Label: what to do". */
  missing: string[];
}

const FREQUENCIES: Record<string, { freq: 'weekly' | 'monthly'; interval?: number; ordinal?: string }> = {
  'every week': { freq: 'weekly' },
  'every other week': { freq: 'weekly', interval: 2 },
  'first week of the month': { freq: 'monthly', ordinal: '1' },
  'second week of the month': { freq: 'monthly', ordinal: '2' },
  'third week of the month': { freq: 'monthly', ordinal: '3' },
  'fourth week of the month': { freq: 'monthly', ordinal: '4' },
  'last week of the month': { freq: 'monthly', ordinal: '-1' },
};

/** A dropdown answer's value: the words before " — ". */
const choice = (answer: string | undefined) => answer?.split(' — ')[0]?.trim();
const list = (answer: string | undefined) =>
  (answer ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A draft entry from an "Add a group" or "Add a service" form. Names of topics, areas and organizations
 * are matched to ids; anything missing or not understood is listed, so a maintainer can ask for it.
 * The schema has the last word: the caller validates the draft.
 */
export function entryFromAnswers(
  kind: 'group' | 'service',
  answers: Map<string, string>,
  lookups: Lookups,
): EntryDraft {
  const missing: string[] = [];
  const data: Record<string, unknown> = {};
  const need = (id: string, label: string) => {
    const value = answers.get(id);
    if (value === undefined) missing.push(`${label}: no answer — ask for it`);
    return value;
  };
  const match = <T extends { id: string }>(
    what: string,
    name: string,
    items: T[],
    text: (item: T) => string,
  ) => {
    const found = items.find((item) => item.id === name || normal(text(item)) === normal(name));
    if (!found) {
      missing.push(
        `${what}: "${name}" is not on the site — use one of ${items.map((item) => text(item)).join(', ')}, or add it first`,
      );
    }
    return found?.id;
  };

  data.name = need('name', 'Name');
  data.summary = need('summary', 'One line about it');
  if (kind === 'service') {
    const organization = need('organization', 'Organization');
    if (organization)
      data.organization = match('Organization', organization, lookups.organizations, (o) => o.name);
    data.categories = list(answers.get('categories'));
  }
  const topics = list(kind === 'group' ? need('topics', 'Topics') : answers.get('topics'));
  data.topics = topics.map((topic) => match('Topics', topic, lookups.topics, (t) => t.label)).filter(Boolean);
  data.description = need('description', 'Description');
  data.languages = list(need('languages', 'Languages'));
  if (kind === 'group') {
    data.led_by = choice(need('led_by', 'Who leads meetings'));
    data.attendance = choice(need('attendance', 'How it meets'));
    data.meetings = [scheduleRule(answers, missing)];
  } else {
    const hours = choice(need('hours', 'Opening hours'));
    data.hours = hours === 'weekly' ? [scheduleRule(answers, missing)] : hours;
  }
  const location = locationFrom(answers, lookups, missing, match);
  if (location) data.location = location;
  const online = answers.get('online');
  if (online) data.online = /^on request$/i.test(online) ? { link_on_request: true } : { url: online };
  const contact = Object.fromEntries(
    [
      ['role', answers.get('contact_role')],
      ['email', answers.get('contact_email')],
      ['phone', answers.get('contact_phone')],
      [kind === 'group' ? 'website' : '', answers.get('website')],
    ].filter(([key, value]) => key && value),
  );
  if (kind === 'group' && Object.keys(contact).length > 0) data.contact = contact;
  if (kind === 'service') {
    if (answers.get('website')) data.website = answers.get('website');
    if (answers.get('contact_email')) data.email = answers.get('contact_email');
    if (answers.get('contact_phone')) data.phones = [{ number: answers.get('contact_phone') }];
  }
  const cost = choice(need('cost', 'Cost'));
  const costDescription = answers.get('cost_description');
  data.cost = cost === 'fee' ? { kind: 'fee', description: costDescription } : cost;
  if (kind === 'group' && answers.get('newcomers')) data.newcomers = answers.get('newcomers');
  data.last_verified = need('last_verified', 'Date you checked these details');
  for (const [key, value] of Object.entries(data)) if (value === undefined) delete data[key];
  return { data, missing };
}

function scheduleRule(answers: Map<string, string>, missing: string[]): Record<string, unknown> {
  const frequency = FREQUENCIES[answers.get('frequency') ?? 'every week'];
  if (!frequency) missing.push(`How often: "${answers.get('frequency')}" is not one of the form's choices`);
  const days = list(answers.get('days')).map((day) => {
    const code = Object.entries(weekdays).find(([, name]) => normal(name) === normal(day))?.[0];
    if (!code) missing.push(`Day: "${day}" is not a day of the week`);
    return `${frequency?.ordinal ?? ''}${code ?? day}`;
  });
  if (days.length === 0) missing.push('Day: no answer — ask which day it meets');
  const rule: Record<string, unknown> = {
    ...(frequency?.freq === 'monthly' ? { freq: 'monthly' } : {}),
    ...(frequency?.interval ? { interval: frequency.interval } : {}),
    byday: days.length === 1 ? days[0] : days,
    opens_at: answers.get('opens_at'),
    closes_at: answers.get('closes_at'),
  };
  if (frequency?.interval && answers.get('first_date')) rule.valid_from = answers.get('first_date');
  return rule;
}

function locationFrom(
  answers: Map<string, string>,
  lookups: Lookups,
  missing: string[],
  match: <T extends { id: string }>(
    what: string,
    name: string,
    items: T[],
    text: (item: T) => string,
  ) => string | undefined,
): Record<string, unknown> | undefined {
  const kind = choice(answers.get('location_kind'));
  const areaName = answers.get('area');
  const area = areaName ? match('Area', areaName, lookups.areas, (a) => a.label) : undefined;
  if (!kind || kind === 'online') return area ? { kind: 'area', area } : undefined;
  if (kind !== 'address') return { kind, ...(area ? { area } : {}) };
  const [latitude, longitude] = (answers.get('coordinates') ?? '')
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  if (
    latitude === undefined ||
    longitude === undefined ||
    Number.isNaN(latitude) ||
    Number.isNaN(longitude)
  ) {
    missing.push(
      'Map position: a public venue needs its latitude and longitude, like 41.9625, -87.6559 — ask for them or look the venue up',
    );
  }
  return {
    kind,
    ...(answers.get('venue') ? { venue: answers.get('venue') } : {}),
    address_1: answers.get('address'),
    city: answers.get('city'),
    area,
    latitude,
    longitude,
  };
}
