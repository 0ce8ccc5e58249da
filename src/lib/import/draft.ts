import type { Point } from '../../schemas/area.ts';
import type { Bounds } from '../../schemas/site.ts';

/** The collections an importer writes entries into, one file per entry. */
export type EntryCollection = 'groups' | 'services' | 'organizations';

/**
 * One record of the source as an entry we would write: its data in our schema's authoring shape, and
 * what could not be carried over, in words for the report.
 */
export interface Draft {
  collection: EntryCollection;
  /** The record's key in its source, the same in every import of it (for `imported.record`). */
  record: string;
  /** How the report names the record: `"Monday Night Group" (meetings 3, 8)`. */
  label: string;
  /** The id the source suggests (our own exports carry it); otherwise it comes from the name. */
  preferredId?: string;
  name: string;
  /** The entry's fields without `imported`, ready to write. */
  data: Record<string, unknown>;
  /** The record key of the organisation draft this entry belongs to, linked once ids are known. */
  organizationRecord?: string;
  notes: string[];
}

/** A record that could not become an entry at all, and why. */
export interface Rejected {
  label: string;
  reasons: string[];
}

/** An area or topic the data names that the content folder does not have yet. */
export interface NewArea {
  id: string;
  label: string;
  centre: Point;
}
export interface NewTopic {
  id: string;
  label: string;
  description: string;
}

/** What a format's reader makes of one input: entries to write and the lists' new items. */
export interface ImportDrafts {
  drafts: Draft[];
  rejected: Rejected[];
  areas: NewArea[];
  topics: NewTopic[];
  /** Notes about the input as a whole. */
  notes: string[];
}

/** What the readers need to know about the directory they write into. */
export interface ImportContext {
  site: {
    country: string;
    defaultLanguage: string;
    timezone: string;
    regionName: string;
    bounds: Bounds;
    centre: Point;
  };
  areas: { id: string; label: string | Record<string, string> }[];
  topics: { id: string; label: string | Record<string, string> }[];
  today: string;
  /** The topic given to groups whose data names none (`--topic`). */
  defaultTopic: string;
  /** The category given to services whose data names none (`--category`). */
  defaultCategory: string;
}
