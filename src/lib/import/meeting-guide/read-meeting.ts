import { canonicalTimeZone } from '../../../schemas/primitives.ts';
import type { Weekday } from '../../../schemas/vocabularies.ts';
import { importText } from '../plain-text.ts';
import { textOf } from '../text-of.ts';
import { addMinutes, readClock, readDays } from './read-day-and-time.ts';

/** One meeting of a feed or sheet, its values read and checked, before meetings become groups. */
export interface Meeting {
  /** "meeting 4" (a feed's fourth object) or "row 5" (a sheet's fifth line), for the report. */
  where: string;
  name: string;
  days: Weekday[];
  time: string;
  endTime: string;
  timezone?: string | undefined;
  types: string[];
  text: Partial<Record<TextField, string>>;
  latitude?: number;
  longitude?: number;
  approximate: boolean;
  contacts: { name?: string | undefined; email?: string | undefined; phone?: string | undefined }[];
  updated?: string;
  notes: string[];
}

export const TEXT_FIELDS = [
  'notes',
  'location',
  'location_notes',
  'address',
  'city',
  'state',
  'postal_code',
  'formatted_address',
  'region',
  'sub_region',
  'conference_url',
  'conference_url_notes',
  'conference_phone',
  'conference_phone_notes',
  'email',
  'phone',
  'website',
  'attendance_option',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Fields of the spec and of TSML we read, or leave out on purpose (see docs/importing.md). */
const KNOWN = new Set<string>([
  ...TEXT_FIELDS,
  ...['name', 'slug', 'day', 'time', 'end_time', 'timezone', 'types', 'latitude', 'longitude'],
  ...['approximate', 'updated', 'country', 'regions', 'group', 'group_notes', 'district', 'url'],
  ...['entity', 'entity_email', 'entity_location', 'entity_logo', 'entity_phone', 'entity_url', 'id'],
  ...['edit_url', 'feedback_url', 'feedback_emails', 'location_id', 'group_id', 'venmo', 'square', 'paypal'],
  ...['region_id', 'district_id', 'location_url', 'timezone_name', 'image', 'sub_district', 'day_formatted'],
]);

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function readTypes(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string')
    return value
      .split(/[,;]/)
      .map((item) => item.trim())
      .filter(Boolean);
  return [];
}

function readContacts(raw: Record<string, unknown>): Meeting['contacts'] {
  const contacts: Meeting['contacts'] = [];
  for (let n = 1; n <= 3; n++) {
    const contact = {
      name: textOf(raw[`contact_${n}_name`]),
      email: textOf(raw[`contact_${n}_email`]),
      phone: textOf(raw[`contact_${n}_phone`]),
    };
    if (contact.name ?? contact.email ?? contact.phone) contacts.push(contact);
  }
  return contacts;
}

function readSchedule(raw: Record<string, unknown>, sheet: boolean, notes: string[]) {
  const days = readDays(raw.day, sheet);
  if ('problem' in days) return { problem: days.problem };
  const start = readClock('time', raw.time, sheet);
  if ('problem' in start) return { problem: start.problem };
  let endTime: string | undefined;
  if (textOf(raw.end_time) === undefined) {
    endTime = addMinutes(start.value, 60) ?? '23:59';
    notes.push(`has no end_time; written as ${endTime}, an hour after it starts — check it`);
  } else {
    const end = readClock('end_time', raw.end_time, sheet);
    if ('problem' in end) return { problem: end.problem };
    if (end.note) notes.push(end.note);
    endTime = end.value;
    if (endTime <= start.value) {
      notes.push(
        `ends at ${endTime}, after midnight or before it starts (${start.value}); written to end at 23:59 — check it`,
      );
      endTime = '23:59';
    }
  }
  for (const note of [days.note, start.note]) if (note) notes.push(note);
  return { days: days.value, time: start.value, endTime };
}

function readZone(value: unknown, notes: string[]): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const zone = canonicalTimeZone(text);
  if (!zone) notes.push(`timezone "${text}" is not an IANA time zone; the site's is used`);
  return zone;
}

/** Reads one meeting object, or says why it cannot be a meeting; `sheet` rows may name days and use 7:00 PM. */
export function readMeeting(
  raw: unknown,
  where: string,
  sheet = false,
): { meeting: Meeting } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problem: 'is not a meeting (an object with name, day and time)' };
  const record = raw as Record<string, unknown>;
  const notes: string[] = [];
  const name = importText(textOf(record.name), { field: 'name', max: 120, line: true }, notes);
  if (!name) return { problem: 'has no name — every meeting needs one' };
  const schedule = readSchedule(record, sheet, notes);
  if ('problem' in schedule) return { problem: schedule.problem as string };
  const text: Meeting['text'] = {};
  for (const field of TEXT_FIELDS) {
    const value = textOf(record[field]);
    if (value) text[field] = value;
  }
  for (const [field, value] of Object.entries(record))
    if (!KNOWN.has(field) && !/^contact_\d_/.test(field) && textOf(value) !== undefined)
      notes.push(`field ${field} has no place in Circles; left out`);
  const latitude = asNumber(record.latitude);
  const longitude = asNumber(record.longitude);
  const updated = textOf(record.updated)?.slice(0, 10);
  return {
    meeting: {
      where,
      name,
      ...schedule,
      timezone: readZone(record.timezone, notes),
      types: readTypes(record.types),
      text,
      ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
      approximate: record.approximate === 'yes' || record.approximate === true,
      contacts: readContacts(record),
      ...(updated && /^\d{4}-\d\d-\d\d$/.test(updated) ? { updated } : {}),
      notes,
    },
  };
}
