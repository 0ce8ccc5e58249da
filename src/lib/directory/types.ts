import type { AreaData, Point } from '../../schemas/area.ts';
import type { Online } from '../../schemas/contact.ts';
import type { GroupData } from '../../schemas/group.ts';
import type { OrganizationData } from '../../schemas/organization.ts';
import type { PlaceData } from '../../schemas/place.ts';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { SynonymData } from '../../schemas/synonyms.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { AccessibilityFeature, Weekday } from '../../schemas/vocabularies.ts';
import type { Paths } from '../paths.ts';
import type { DialablePhone } from '../phone.ts';
import type { Translated } from '../translations.ts';

/**
 * The public view: the only shape any output (page, list, data file, export) is built from.
 * It holds language-neutral values (ids, vocabulary keys, language tags); components turn them into words.
 * There is one view per interface language: volunteers' free text is already in that language where a
 * translation was written, and `textLang` says which language each text really is in.
 */

export interface TopicRef {
  id: string;
  label: string;
  /** The language the label is written in (another one when no translation was written). */
  lang: string;
  url: string;
}

export interface AreaRef {
  id: string;
  label: string;
  lang: string;
  url: string;
}

/** What it costs, with the description in the view's language. */
export type PublicCost = { kind: 'free' | 'donation' | 'fee'; description?: string };

/** Opening hours with each rule's note in the view's language. */
export type PublicHours = { kind: 'always' | 'appointment' | 'scheduled'; rules: ScheduleRule[] };

/** The translatable texts of an entry, for `textLang`. */
export type EntryText =
  | 'summary'
  | 'description'
  | 'contentWarning'
  | 'alert'
  | 'newcomers'
  | 'eligibility'
  | 'accessibilityNotes'
  | 'hoursNotes'
  | 'directions'
  | 'onlineNotes'
  | 'contactRole'
  | 'costDescription';

export interface PublicPhone extends DialablePhone {
  type: 'voice' | 'text' | 'tty' | 'fax';
  description?: string;
  /** The language `description` is written in. */
  descriptionLang?: string;
}

/** A public venue's street address in its parts, as written in the content. */
export interface PostalAddress {
  address1: string;
  address2?: string;
  city: string;
  stateProvince?: string;
  postalCode?: string;
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
      /** The same address in its parts, for exports that need them (HSDS, Meeting Guide, schema.org). */
      postal: PostalAddress;
      area: AreaRef;
      point: Point;
      approximate: false;
      directions?: string;
    }
  | { kind: 'area'; area: AreaRef; point: Point; approximate: true; directions?: string }
  | { kind: 'on_request'; area?: AreaRef; directions?: string }
  | { kind: 'online'; area?: AreaRef };

/** The organisation hosting a group or running a service. */
export interface PublicOrganization {
  id: string;
  name: string;
  website?: string;
  /** What it does, in the view's language. */
  description?: string;
  email?: string;
}

interface PublicEntryBase {
  id: string;
  url: string;
  /** The file volunteers edit, relative to the repository root: for "edit this entry" links. */
  source: string;
  name: string;
  summary: string;
  description: string[];
  /** The description in every other language it was written in, for readers of those languages. */
  descriptionElsewhere: { lang: string; paragraphs: string[] }[];
  /** A notice shown before the description, when the author gave one. */
  contentWarning?: string;
  /** The language each text above and below is written in, by field. */
  textLang: Partial<Record<EntryText, string>>;
  topics: TopicRef[];
  languages: string[];
  cost: PublicCost;
  accessibility: AccessibilityFeature[];
  accessibilityNotes?: string;
  status: 'active' | 'paused' | 'closed';
  alert?: string;
  location: PublicLocation;
  organization?: PublicOrganization;
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
  online?: Omit<Online, 'phone' | 'notes'> & { phone?: PublicPhone; notes?: string };
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
  hours: PublicHours;
  hoursNotes?: string;
  phones: PublicPhone[];
  website?: string;
  email?: string;
}

export type PublicEntry = PublicGroup | PublicService;

export interface PublicTopic extends TopicRef {
  description: Translated;
}

export interface PublicArea extends AreaRef {
  description?: Translated;
  centre: Point;
}

/** A place a visitor may type into "near" (content/places.yaml), named in the view's language. */
export interface PublicPlace {
  name: string;
  kind: PlaceData['kind'];
  centre: Point;
  aliases: string[];
  area?: string;
}

/** One meeting day of a group, for per-weekday lists sorted by time. */
export interface DayListing {
  group: PublicGroup;
  rule: ScheduleRule;
}

/** Site settings with the texts in the view's language. */
export type PublicSite = Omit<SiteData, 'tagline' | 'crisis_lines' | 'languages'> & {
  tagline: Translated;
  crisis_lines: (Omit<SiteData['crisis_lines'][number], 'description'> & { description: Translated })[];
  /** The interface languages the site is published in, its main language first. */
  languages: string[];
};

export interface Directory {
  /** The interface language of this view. */
  lang: string;
  /** The site's URLs in this view's language. */
  paths: Paths;
  site: PublicSite;
  topics: PublicTopic[];
  areas: PublicArea[];
  places: PublicPlace[];
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
  /** The gazetteer (content/places.yaml), empty when the file is absent. */
  places: PlaceData[];
  /** Extra search words (content/synonyms.yaml); the command-line readers fill it, the site reads it on its own. */
  synonyms?: SynonymData[];
  organizations: RawEntry<OrganizationData>[];
  groups: RawEntry<GroupData>[];
  services: RawEntry<ServiceData>[];
  /** Files the topics and areas came from, for error messages. */
  files: { topics: string; areas: string };
}
