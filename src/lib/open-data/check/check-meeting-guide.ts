import { isMeetingType } from '@code4recovery/spec';
import { MAX_SLUG } from '../meeting-guide.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const UPDATED = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML = /<\/?[a-z!][^>]*>/i;

const isZone = (zone: unknown) => {
  try {
    return typeof zone === 'string' && Boolean(new Intl.DateTimeFormat('en', { timeZone: zone }));
  } catch {
    return false;
  }
};

/**
 * The Meeting Guide feed against the spec's rules and what real clients need: one object per weekday
 * (`day` a single number 0–6; an array breaks a widely used client), zero-padded 24-hour times, unique
 * URL-safe slugs of at most 64 characters, an IANA time zone on each, approximate always written and no
 * coordinates with "yes", only reserved type codes, plain text, `updated` as YYYY-MM-DD HH:MM:SS.
 */
export function checkMeetingGuide(text: string, path = 'meeting-guide.json'): string[] {
  const feed = JSON.parse(text) as unknown;
  if (!Array.isArray(feed)) return [`${path}: is not a JSON array of meetings`];
  const problems: string[] = [];
  const slugs = new Map<string, number>();
  feed.forEach((meeting: Record<string, unknown>, index) => {
    const where = `${path} meeting ${index} (${String(meeting.slug ?? '?')}, ${String(meeting.url ?? 'no url')})`;
    const fail = (field: string, message: string) => problems.push(`${where}: ${field} ${message}`);
    if (typeof meeting.name !== 'string' || meeting.name === '') fail('name', 'is required');
    const slug = String(meeting.slug ?? '');
    if (!SLUG.test(slug)) fail('slug', 'must be lower-case letters, digits and hyphens');
    if (slug.length > MAX_SLUG) fail('slug', `is ${slug.length} characters; at most ${MAX_SLUG}`);
    if (slugs.has(slug)) fail('slug', `is also meeting ${slugs.get(slug)}'s`);
    slugs.set(slug, index);
    if (!Number.isInteger(meeting.day) || (meeting.day as number) < 0 || (meeting.day as number) > 6)
      fail('day', 'must be one number from 0 (Sunday) to 6: one object per weekday');
    for (const field of ['time', 'end_time'])
      if (!TIME.test(String(meeting[field] ?? ''))) fail(field, 'must be HH:MM on the 24-hour clock');
    if (!isZone(meeting.timezone)) fail('timezone', 'must be an IANA time zone');
    if (meeting.approximate !== 'yes' && meeting.approximate !== 'no')
      fail('approximate', 'must be "yes" or "no"');
    if (meeting.approximate === 'yes' && ('latitude' in meeting || 'longitude' in meeting))
      fail('latitude', 'must not be given for an approximate place');
    if (meeting.approximate === 'yes' && !meeting.conference_url && !meeting.conference_phone)
      fail(
        'approximate',
        'is "yes" with no conference_url or conference_phone: clients show the meeting as inactive',
      );
    if (!meeting.formatted_address && !(meeting.address && meeting.city))
      fail('formatted_address', 'or address and city are required');
    if (!Array.isArray(meeting.types)) fail('types', 'must be a list');
    for (const type of Array.isArray(meeting.types) ? meeting.types : [])
      if (!isMeetingType(String(type)))
        fail('types', `has ${String(type)}, which is not a reserved type code`);
    if (!UPDATED.test(String(meeting.updated ?? ''))) fail('updated', 'must be YYYY-MM-DD HH:MM:SS');
    if (meeting.conference_url !== undefined && !/^https:\/\//.test(String(meeting.conference_url)))
      fail('conference_url', 'must be an https:// link');
    for (const [field, value] of Object.entries(meeting))
      if (typeof value === 'string' && HTML.test(value)) fail(field, 'has HTML; the feed is plain text');
  });
  return problems;
}
