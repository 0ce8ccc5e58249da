import { createHash } from 'node:crypto';
import { weekdayCodes } from '../../../schemas/vocabularies.ts';
import { comparable } from '../../text.ts';
import { contactRole } from '../contact-role.ts';
import type { Draft, ImportContext, ImportDrafts, Rejected } from '../draft.ts';
import { AreaList, TopicList } from '../lists.ts';
import { importText, shorten } from '../plain-text.ts';
import { hidePlaceHints } from '../private-place.ts';
import { importEmail, importPhone, importUrl } from '../read-values.ts';
import { meetingLocation } from './meeting-place.ts';
import type { Meeting } from './read-meeting.ts';
import { readTypeCodes, typeNames } from './type-codes.ts';

/**
 * Meetings (one weekday and time each, as the feed lists them) become groups: the meetings of one name at
 * one place are one group, and its times become schedule rules, one per start and end time with every
 * day it is held on.
 */

/**
 * The same group: its name and where it meets (street or place text, area, join link), accents and case
 * ignored. The place goes in as a fingerprint: the key is written into the file (`imported.record`), and
 * the street of an approximate meeting must not be.
 */
export function groupKey(meeting: Meeting): string {
  const { text } = meeting;
  const place = [
    text.address ?? text.formatted_address,
    text.region ?? text.sub_region ?? text.city,
    text.conference_url ?? text.conference_phone,
  ].join('|');
  const placeKey = createHash('sha256').update(comparable(place)).digest('hex').slice(0, 12);
  return `${comparable(meeting.name)}|${placeKey}`;
}

/** A label for a topic known only by its id: `mental-health` → `Mental health`. */
export const topicLabel = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

function rulesOf(meetings: Meeting[], siteZone: string) {
  const rules = new Map<
    string,
    { byday: string[]; opens_at: string; closes_at: string; timezone?: string }
  >();
  for (const meeting of meetings) {
    const zone = meeting.timezone && meeting.timezone !== siteZone ? meeting.timezone : undefined;
    const key = `${meeting.time}|${meeting.endTime}|${zone ?? ''}`;
    const rule = rules.get(key) ?? {
      byday: [],
      opens_at: meeting.time,
      closes_at: meeting.endTime,
      ...(zone ? { timezone: zone } : {}),
    };
    for (const day of meeting.days) if (!rule.byday.includes(day)) rule.byday.push(day);
    rules.set(key, rule);
  }
  const order = (day: string) => weekdayCodes.indexOf(day as (typeof weekdayCodes)[number]);
  return [...rules.values()]
    .map((rule) => ({ ...rule, byday: rule.byday.sort((a, b) => order(a) - order(b)) }))
    .sort(
      (a, b) => order(a.byday[0] ?? '') - order(b.byday[0] ?? '') || a.opens_at.localeCompare(b.opens_at),
    );
}

function onlineOf(meeting: Meeting, ctx: ImportContext, notes: string[]) {
  const { text } = meeting;
  const url = importUrl('conference_url', text.conference_url, notes);
  const phone = importPhone('conference_phone', text.conference_phone, ctx.site.country, notes);
  if (!url && !phone) return undefined;
  const words = [text.conference_url_notes, text.conference_phone_notes].filter(Boolean).join(' ');
  const extra = importText(
    words || undefined,
    { field: 'conference_url_notes', max: 300, line: true },
    notes,
  );
  return { ...(url ? { url } : {}), ...(phone ? { phone } : {}), ...(extra ? { notes: extra } : {}) };
}

function contactOf(meeting: Meeting, ctx: ImportContext, notes: string[]) {
  const person = meeting.contacts[0];
  const email = importEmail('email', meeting.text.email ?? person?.email, notes);
  const phone = importPhone('phone', meeting.text.phone ?? person?.phone, ctx.site.country, notes);
  const website = importUrl('website', meeting.text.website, notes);
  for (const other of meeting.contacts.slice(1)) if (other.name) contactRole({ name: other.name }, notes);
  if (!email && !phone && !website) return undefined;
  const role = person?.name ? contactRole({ name: person.name }, notes) : undefined;
  return {
    ...(role ? { role } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(website ? { website } : {}),
  };
}

/** As TSML reads it: a join link with a public address is hybrid; with only an area, online. */
function attendanceOf(meeting: Meeting, atAddress: boolean, online: unknown) {
  if (!online) return 'in_person';
  return atAddress && meeting.text.attendance_option !== 'online' ? 'hybrid' : 'online';
}

/** The text of the group: its notes (first line as the summary), else the English names of its types. */
function wordsOf(meetings: Meeting[], codes: string[], notes: string[]) {
  const texts = [...new Set(meetings.map((meeting) => meeting.text.notes).filter(Boolean))];
  const description = importText(texts.join('\n\n') || undefined, { field: 'notes', max: 4000 }, notes);
  const firstLine = description?.split('\n')[0];
  const typeWords = codes
    .map((code) => typeNames[code as keyof typeof typeNames])
    .filter(Boolean)
    .join(' · ');
  const summary = shorten(firstLine || typeWords || (meetings[0]?.name ?? ''), 200);
  return { summary, description: description ?? summary };
}

function lastVerified(meetings: Meeting[], today: string, notes: string[]): string {
  const dates = meetings.map((meeting) => meeting.updated).filter((date): date is string => Boolean(date));
  const latest = dates.sort().at(-1);
  if (!latest) {
    notes.push(`no updated date; last_verified written as today (${today})`);
    return today;
  }
  return latest > today ? today : latest;
}

function groupDraft(meetings: Meeting[], ctx: ImportContext, lists: { areas: AreaList; topics: TopicList }) {
  const first = meetings[0] as Meeting;
  const notes = [...new Set(meetings.flatMap((meeting) => meeting.notes))];
  const codes = [...new Set(meetings.flatMap((meeting) => meeting.types))];
  const typed = readTypeCodes(codes);
  for (const code of typed.unmapped) notes.push(`type ${code} has no field in Circles; left out`);
  const location = meetingLocation(first, lists.areas, notes);
  const online = onlineOf(first, ctx, notes);
  const contact = contactOf(first, ctx, notes);
  if (!location && !online)
    return {
      rejected:
        'has no place we may publish and no way to join online — add an address, a region, or a conference_url',
    };
  const closed = codes.includes('TC') && !online;
  const languages = typed.languages.length > 0 ? typed.languages : [ctx.site.defaultLanguage];
  if (typed.languages.length === 0)
    notes.push(`no language type; written as ${ctx.site.defaultLanguage}, the site's main language`);
  const data: Record<string, unknown> = {
    name: first.name,
    ...wordsOf(meetings, codes, notes),
    topics: [lists.topics.idFor(ctx.defaultTopic, topicLabel(ctx.defaultTopic))],
    ...(typed.audiences.length > 0 ? { audiences: typed.audiences } : {}),
    languages,
    led_by: 'peer',
    ...(typed.openTo.length === 1 && typed.openTo[0] !== 'anyone' ? { open_to: typed.openTo[0] } : {}),
    attendance: attendanceOf(first, location?.kind === 'address', online),
    meetings: rulesOf(meetings, ctx.site.timezone),
    ...(location ? { location } : {}),
    ...(online ? { online } : {}),
    ...(contact ? { contact } : {}),
    cost: 'donation',
    ...(typed.accessibility.length > 0 ? { accessibility: typed.accessibility } : {}),
    ...(closed ? { status: 'paused', alert: 'Temporarily not meeting in person, as the source says.' } : {}),
    last_verified: lastVerified(meetings, ctx.today, notes),
  };
  if (data.attendance === 'online' && location && location.kind !== 'area') delete data.location;
  hidePlaceHints(data, notes);
  return { data, notes };
}

/** Every meeting of a feed or sheet as group drafts, with the areas and topics they need. */
export function meetingGuideDrafts(
  meetings: Meeting[],
  ctx: ImportContext,
  rejected: Rejected[],
): ImportDrafts {
  const lists = { areas: new AreaList(ctx), topics: new TopicList(ctx) };
  const byGroup = new Map<string, Meeting[]>();
  for (const meeting of meetings)
    byGroup.set(groupKey(meeting), [...(byGroup.get(groupKey(meeting)) ?? []), meeting]);
  const drafts: Draft[] = [];
  for (const [record, group] of byGroup) {
    const label = `"${group[0]?.name}" (${group.map((meeting) => meeting.where).join(', ')})`;
    const made = groupDraft(group, ctx, lists);
    if ('rejected' in made) rejected.push({ label, reasons: [made.rejected as string] });
    else
      drafts.push({
        collection: 'groups',
        record,
        label,
        name: group[0]?.name ?? '',
        data: made.data,
        notes: made.notes,
      });
  }
  return { drafts, rejected, areas: lists.areas.added(), topics: lists.topics.added(), notes: [] };
}
