import type { MeetingType } from '@code4recovery/spec';
import { v5 as uuidv5 } from 'uuid';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/vocabularies.ts';
import type { Directory, PublicGroup } from '../directory/types.ts';
import { dayslugs } from '../paths.ts';
import { typesOf } from './meeting-guide-types.ts';
import { privatePlaceText } from './place-text.ts';
import { absoluteUrl } from './site-url.ts';

/** One meeting of the Meeting Guide feed (github.com/code4recovery/spec): one weekday, one time. */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: number;
  time: string;
  end_time: string;
  timezone: string;
  types: MeetingType[];
  notes?: string;
  location?: string;
  location_notes?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country: string;
  formatted_address?: string;
  latitude?: number;
  longitude?: number;
  approximate: 'yes' | 'no';
  region?: string;
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  group?: string;
  updated: string;
  url: string;
  entity: string;
  entity_url: string;
  entity_location: string;
}

/** Why a group, or some of its meetings, is not in the feed. */
export interface MeetingGuideFeed {
  meetings: MeetingGuideMeeting[];
  /** Groups with at least one meeting in the feed. */
  groups: number;
  /** Groups left out because they are paused or closed. */
  notMeeting: number;
  /** Groups left out because every meeting is fortnightly or monthly (the feed is weekly only). */
  notWeekly: number;
  /** Fortnightly and monthly meetings left out of groups that are in the feed for their weekly ones. */
  rulesLeftOut: number;
  /**
   * Groups left out because they have neither a public address nor a published way to join online:
   * clients show such a meeting as inactive (TSML UI: approximate and not online means "Inactive").
   */
  noPublicWayIn: number;
}

/** Meeting Guide numbers days from Sunday. */
const DAY_NUMBER: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
export const MAX_SLUG = 64;

const isWeekly = (rule: ScheduleRule) => rule.freq === 'weekly' && rule.interval === 1;

/** Whether a client can show the group as meeting: at a public address, or with a link or phone to join. */
const reachable = (group: PublicGroup) =>
  group.location.kind === 'address' ||
  (group.attendance !== 'in_person' && Boolean(group.online?.url ?? group.online?.phone));
const ended = (rule: ScheduleRule, today: string) => rule.valid_to !== undefined && rule.valid_to < today;

/**
 * A slug unique in the feed and the same in every build: the group's id and the day (and the start time
 * when a group meets twice that day). One longer than the spec's 64 characters keeps its start and ends
 * in a short hash of the whole, so it stays unique.
 */
export function meetingSlug(groupId: string, weekday: Weekday, time: string | undefined): string {
  const full = [groupId, dayslugs[weekday], time?.replace(':', '')].filter(Boolean).join('-');
  if (full.length <= MAX_SLUG) return full;
  const hash = uuidv5(full, uuidv5.URL).slice(0, 8);
  return `${full.slice(0, MAX_SLUG - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

function place(group: PublicGroup, site: Directory['site'], lang: string) {
  const location = group.location;
  if (location.kind === 'address') {
    const { postal } = location;
    return {
      location: location.venue,
      location_notes: location.directions,
      address: [postal.address1, postal.address2].filter(Boolean).join(', '),
      city: postal.city,
      state: postal.stateProvince,
      postal_code: postal.postalCode,
      country: site.region.country,
      latitude: location.point.latitude,
      longitude: location.point.longitude,
      approximate: 'no' as const,
      region: location.area.label,
    };
  }
  // No street and no coordinates: the area (or the region, for groups that meet only online) as an
  // approximate address, which Meeting Guide needs to show a meeting to people nearby.
  const area = location.area?.label;
  return {
    location_notes: [
      privatePlaceText(location, lang),
      'directions' in location ? location.directions : undefined,
    ]
      .filter(Boolean)
      .join(' '),
    formatted_address: [area, site.region.name, site.region.country].filter(Boolean).join(', '),
    country: site.region.country,
    approximate: 'yes' as const,
    region: area,
  };
}

function meetingsOf(group: PublicGroup, directory: Pick<Directory, 'site' | 'lang'>, rules: ScheduleRule[]) {
  const { site, lang } = directory;
  const types = typesOf({
    audiences: group.audiences,
    accessibility: group.accessibility,
    openTo: group.openTo,
    languages: group.languages,
  });
  const online = group.attendance !== 'in_person' ? group.online : undefined;
  const perDay = rules.flatMap((rule) => rule.byday.map((day) => ({ rule, weekday: day.weekday })));
  const twice = (weekday: Weekday) => perDay.filter((item) => item.weekday === weekday).length > 1;
  const where = place(group, site, lang);
  return perDay.map(({ rule, weekday }): MeetingGuideMeeting => {
    const meeting = {
      name: group.name,
      slug: meetingSlug(group.id, weekday, twice(weekday) ? rule.opens_at : undefined),
      day: DAY_NUMBER[weekday],
      time: rule.opens_at,
      end_time: rule.closes_at,
      timezone: rule.timezone ?? site.timezone,
      types,
      notes: [group.summary, rule.notes].filter(Boolean).join('\n'),
      ...where,
      ...(online?.url ? { conference_url: online.url } : {}),
      ...(online?.notes ? { conference_url_notes: online.notes } : {}),
      ...(online?.phone ? { conference_phone: online.phone.href.replace(/^tel:/, '') } : {}),
      group: group.organization?.name,
      updated: `${group.lastVerified} 00:00:00`,
      url: absoluteUrl(site, group.url),
      entity: site.name,
      entity_url: site.url,
      entity_location: site.region.name,
    };
    // Keys whose value is empty are left out, as the spec asks of fields that do not apply.
    return Object.fromEntries(
      Object.entries(meeting).filter(([, value]) => value !== undefined && value !== ''),
    ) as unknown as MeetingGuideMeeting;
  });
}

/**
 * The Meeting Guide feed: every active group's weekly meetings, one object per weekday. Fortnightly and
 * monthly meetings have no place in a weekly feed and are left out, never turned into weekly ones; so are
 * meetings whose series ended before `today`, and groups that meet only at a place given on request
 * (with no published way to join online), which clients would list as inactive.
 */
export function meetingGuideFeed(
  directory: Pick<Directory, 'site' | 'lang' | 'groups'>,
  today: string,
): MeetingGuideFeed {
  const feed: MeetingGuideFeed = {
    meetings: [],
    groups: 0,
    notMeeting: 0,
    notWeekly: 0,
    rulesLeftOut: 0,
    noPublicWayIn: 0,
  };
  for (const group of directory.groups) {
    if (group.status !== 'active') {
      feed.notMeeting++;
      continue;
    }
    if (!reachable(group)) {
      feed.noPublicWayIn++;
      continue;
    }
    const current = group.meetings.filter((rule) => !ended(rule, today));
    const weekly = current.filter(isWeekly);
    if (weekly.length === 0) {
      feed.notWeekly++;
      continue;
    }
    feed.groups++;
    feed.rulesLeftOut += current.length - weekly.length;
    feed.meetings.push(...meetingsOf(group, directory, weekly));
  }
  return feed;
}
