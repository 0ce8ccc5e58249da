import ICAL from 'ical.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { useStrings } from '../../i18n/index.ts';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { Directory, PublicGroup } from '../directory/types.ts';
import { memoize } from '../memoize.ts';
import { nextOccurrences } from '../schedule/index.ts';
import type { IdMaker } from './ids.ts';
import { instantOf, localDateOf } from './local-time.ts';
import { privatePlaceText, venueLine } from './place-text.ts';
import { absoluteUrl } from './site-url.ts';

/**
 * Groups' meetings as iCalendar (RFC 5545), written with ical.js (Mozilla's iCalendar library, which
 * escapes, folds at 75 octets and ends lines with CRLF) and VTIMEZONEs from timezones-ical-library.
 * Times are local with a TZID, so a meeting stays at 19:00 across daylight-saving changes.
 */

type CalendarDirectory = Pick<Directory, 'site' | 'lang'>;

/** The VTIMEZONE of an IANA zone, and the TZID it goes by (UTC is Etc/UTC there). */
const vtimezone = memoize((zone: string) => {
  const [block, tzidLine] = tzlib_get_ical_block(zone) as [string, string];
  if (!block) throw new RangeError(`no VTIMEZONE is known for "${zone}"`);
  return { component: new ICAL.Component(ICAL.parse(block)), tzid: tzidLine.replace(/^TZID=/, '') };
});

const BYDAY = (rule: ScheduleRule) => rule.byday.map((day) => `${day.ordinal ?? ''}${day.weekday}`).join(',');

/** A local date and `HH:MM` time as a floating iCalendar time (the TZID parameter places it). */
function localTime(isoDate: string, time: string) {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

function utcTime(instant: Date) {
  return ICAL.Time.fromJSDate(instant, true);
}

/**
 * The rule as an RRULE. UNTIL must be UTC when DTSTART has a TZID: it is the end of the rule's last day in
 * its own zone. An interval counts weeks from Monday (WKST=MO), as the site's schedule does.
 */
export function rrule(rule: ScheduleRule, zone: string): string {
  const parts = [`FREQ=${rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.valid_to) parts.push(`UNTIL=${utcTime(instantOf(zone, rule.valid_to, '23:59')).toICALString()}`);
  if (rule.interval > 1 && rule.freq === 'weekly') parts.push('WKST=MO');
  parts.push(`BYDAY=${BYDAY(rule)}`);
  return parts.join(';');
}

/**
 * The local date of the rule's first meeting on or after `anchor` (its valid_from, else the day the
 * entry was last verified: stable between builds), or undefined when the series has no meeting left.
 */
function firstDate(rule: ScheduleRule, zone: string, anchor: string): string | undefined {
  const [first] = nextOccurrences([rule], {
    from: instantOf(zone, anchor, '00:00'),
    timezone: zone,
    count: 1,
  });
  return first && localDateOf(first.start, zone);
}

function description(group: PublicGroup, rule: ScheduleRule, page: string, lang: string): string {
  const { calendar } = useStrings(lang).ui.openData;
  const online = group.attendance !== 'in_person' ? group.online : undefined;
  return [
    group.summary,
    rule.notes,
    online?.url && calendar.join(online.url),
    online?.phone && calendar.joinByPhone(online.phone.display),
    online?.link_on_request && !online.url && calendar.linkOnRequest,
    calendar.details(page),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function locationText(group: PublicGroup, lang: string): string {
  const { place } = useStrings(lang).ui.openData;
  const physical = venueLine(group.location) ?? privatePlaceText(group.location, lang);
  if (group.attendance === 'online' || !physical) return place.online;
  return group.attendance === 'hybrid' ? `${physical} (${place.alsoOnline})` : physical;
}

/** The events of one group: one per schedule rule, each with a stable UID. */
function groupEvents(group: PublicGroup, directory: CalendarDirectory, id: IdMaker, stamp: ICAL.Time) {
  const { site, lang } = directory;
  const page = absoluteUrl(site, group.url);
  const zones = new Set<string>();
  const events = group.meetings.flatMap((rule, index) => {
    const zone = rule.timezone ?? site.timezone;
    const date = firstDate(rule, zone, rule.valid_from ?? group.lastVerified);
    if (!date) return [];
    const { tzid } = vtimezone(zone);
    zones.add(zone);
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', id('event', `${group.id}:${index}`));
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('dtstart', localTime(date, rule.opens_at)).setParameter('tzid', tzid);
    event.addPropertyWithValue('dtend', localTime(date, rule.closes_at)).setParameter('tzid', tzid);
    event.addPropertyWithValue('rrule', ICAL.Recur.fromString(rrule(rule, zone)));
    event.addPropertyWithValue('summary', group.name);
    event.addPropertyWithValue('description', description(group, rule, page, lang));
    event.addPropertyWithValue('location', locationText(group, lang));
    // Only a public venue has a point a calendar may pin.
    if (group.location.kind === 'address') {
      const { latitude, longitude } = group.location.point;
      event.addPropertyWithValue('geo', [latitude, longitude]);
    }
    event.addPropertyWithValue('url', page);
    const categories = new ICAL.Property('categories');
    categories.setValues(group.topics.map((topic) => topic.label));
    event.addProperty(categories);
    return [event];
  });
  return { events, zones };
}

/** Whether a group has a calendar: active, with at least one meeting still to come. */
export const hasCalendar = (group: PublicGroup) => group.status === 'active' && group.meetings.length > 0;

/**
 * A calendar of groups' meetings: one group's (its page's "Add to calendar") or a topic's. `today` is the
 * build's reference date, used as DTSTAMP so that the same content gives the same bytes.
 */
export function groupsCalendar(
  groups: readonly PublicGroup[],
  options: { directory: CalendarDirectory; id: IdMaker; name: string; url: string; today: string },
): string {
  const { directory, id, name, url, today } = options;
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue(
    'prodid',
    `-//Circles//${directory.site.name}//${directory.lang.toUpperCase()}`,
  );
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('name', name);
  calendar.addPropertyWithValue('x-wr-calname', name);
  calendar.addPropertyWithValue('url', url);
  // Subscribers refresh once a day, as often as the site can change.
  calendar.addPropertyWithValue('refresh-interval', ICAL.Duration.fromString('P1D'));
  calendar.addPropertyWithValue('x-published-ttl', 'P1D');

  const stamp = utcTime(new Date(`${today}T00:00:00Z`));
  const zones = new Set<string>();
  const events = groups.filter(hasCalendar).flatMap((group) => {
    const found = groupEvents(group, directory, id, stamp);
    for (const zone of found.zones) zones.add(zone);
    return found.events;
  });
  for (const zone of [...zones].sort()) calendar.addSubcomponent(vtimezone(zone).component);
  for (const event of events) calendar.addSubcomponent(event);

  // RFC 5545 asks for lines of at most 75 octets; ical.js counts the fold's leading space on top.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = fold;
  }
}
