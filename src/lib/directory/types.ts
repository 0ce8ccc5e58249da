import type { AreaData, Point } from '../../schemas/area.ts';
import type { Online } from '../../schemas/contact.ts';
import type { Cost } from '../../schemas/cost.ts';
import type { GroupData } from '../../schemas/group.ts';
import type { OrganizationData } from '../../schemas/organization.ts';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { Hours, ServiceData } from '../../schemas/service.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { AccessibilityFeature, Weekday } from '../../schemas/vocabularies.ts';
import type { DialablePhone } from '../phone.ts';

/**
 * The public view: the only shape any output (page, list, data file, export) is built from.
 * It holds language-neutral values (ids, vocabulary keys, language tags); components turn them into words.
 */

export interface TopicRef {
  id: string;
  label: string;
  url: string;
}

export interface AreaRef {
  id: string;
  label: string;
  url: string;
}

export interface PublicPhone extends DialablePhone {
  type: 'voice' | 'text' | 'tty' | 'fax';
  description?: string;
}

/**
 * Where an entry is, as far as the public may know. Only an `address` carries a street and exact point;
 * an `area` carries the area's centre, flagged approximate; `on_request` and online carry no point at all.
 */
export type PublicLocation =
  | {
      kind: 'address';
      venue?: string;
      lines: string[];
      area: AreaRef;
      point: Point;
      approximate: false;
      directions?: string;
    }
  | { kind: 'area'; area: AreaRef; point: Point; approximate: true; directions?: string }
  | { kind: 'on_request'; area?: AreaRef; directions?: string }
  | { kind: 'online'; area?: AreaRef };

interface PublicEntryBase {
  id: string;
  url: string;
  /** The file volunteers edit, relative to the repository root: for "edit this entry" links. */
  source: string;
  name: string;
  summary: string;
  description: string[];
  topics: TopicRef[];
  languages: string[];
  cost: Cost;
  accessibility: AccessibilityFeature[];
  accessibilityNotes?: string;
  status: 'active' | 'paused' | 'closed';
  alert?: string;
  location: PublicLocation;
  organization?: { id: string; name: string; website?: string };
  lastVerified: string;
  /** Last verified longer ago than the site's `stale_after_months`, judged against the build's reference date. */
  stale: boolean;
}

export interface PublicGroup extends PublicEntryBase {
  kind: 'group';
  audiences: GroupData['audiences'];
  ledBy: GroupData['led_by'];
  openTo: GroupData['open_to'];
  attendance: GroupData['attendance'];
  meetings: ScheduleRule[];
  weekdays: Weekday[];
  online?: Omit<Online, 'phone'> & { phone?: PublicPhone };
  contact?: {
    role?: string;
    email?: string;
    phone?: PublicPhone;
    website?: string;
    form?: string;
  };
  newcomers: string[];
}

export interface PublicService extends PublicEntryBase {
  kind: 'service';
  categories: ServiceData['categories'];
  eligibility: string[];
  minimumAge?: number;
  maximumAge?: number;
  hours: Hours;
  hoursNotes?: string;
  phones: PublicPhone[];
  website?: string;
  email?: string;
}

export type PublicEntry = PublicGroup | PublicService;

export interface PublicTopic extends TopicRef {
  description: string;
}

export interface PublicArea extends AreaRef {
  description?: string;
  centre: Point;
}

/** One meeting day of a group, for per-weekday lists sorted by time. */
export interface DayListing {
  group: PublicGroup;
  rule: ScheduleRule;
}

export interface Directory {
  site: SiteData;
  topics: PublicTopic[];
  areas: PublicArea[];
  groups: PublicGroup[];
  services: PublicService[];
  /** Groups then services, for lists that hold both; closed entries last. */
  entriesByTopic: Map<string, PublicEntry[]>;
  entriesByArea: Map<string, PublicEntry[]>;
  /** Groups meeting on each weekday (closed ones left out), by start time. */
  groupsByWeekday: Map<Weekday, DayListing[]>;
}

/** Raw collection entries as loaded, with the path of the file each came from. */
export interface RawEntry<T> {
  id: string;
  data: T;
  /** Path relative to the repository root, such as content/groups/x.yaml. */
  file: string;
}

export interface RawContent {
  site: SiteData;
  topics: TopicData[];
  areas: AreaData[];
  organizations: RawEntry<OrganizationData>[];
  groups: RawEntry<GroupData>[];
  services: RawEntry<ServiceData>[];
  /** Files the topics and areas came from, for error messages. */
  files: { topics: string; areas: string };
}
