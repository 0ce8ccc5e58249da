import { z } from 'astro/zod';
import { ContactSchema, OnlineSchema } from './contact.ts';
import { CostSchema } from './cost.ts';
import { ImportedSchema } from './imported.ts';
import { LocationSchema } from './location.ts';
import {
  IdSchema,
  LanguageTagSchema,
  LastVerifiedSchema,
  LineSchema,
  TextSchema,
  Translatable,
} from './primitives.ts';
import { ScheduleRuleSchema } from './schedule.ts';
import {
  accessibilityFeatures,
  attendanceOptions,
  audiences,
  entryStatuses,
  keysOf,
  leadershipStyles,
  openToOptions,
} from './vocabularies.ts';

/** A peer support group: one file in `content/groups/`, whose file name is its id. */
export const GroupSchema = z
  .strictObject({
    /** The group's name as people say it, such as "Positive Voices Peer Circle". */
    name: LineSchema(120),
    /** One line that says who it is for and what happens, shown in lists. */
    summary: Translatable(LineSchema(200)),
    /**
     * A short notice shown before the description, for readers who want warning of what follows, such
     * as "Mentions suicide and the death of a child." One line.
     */
    content_warning: Translatable(LineSchema(200)).optional(),
    /** A fuller description: what the group is, how meetings go. Blank lines separate paragraphs. */
    description: Translatable(TextSchema(4000)),
    /** What the group is about: ids from topics.yaml, at least one. */
    topics: z.array(IdSchema).min(1, { error: 'is empty — add at least one topic id from topics.yaml' }),
    /** Who the group is for, if it is for someone in particular: women, lgbtq, youth, family-and-friends… */
    audiences: z.array(z.enum(keysOf(audiences))).default([]),
    /** Languages meetings are held in, as BCP 47 tags: en, es, pl, ase (American Sign Language)… */
    languages: z
      .array(LanguageTagSchema)
      .min(1, { error: 'is empty — add the language meetings are held in, like en' }),
    /** Who leads meetings: `peer`, `professional` or `co-facilitated`. */
    led_by: z.enum(keysOf(leadershipStyles)),
    /** `anyone` (the default), or `audience-only` when only the audiences listed may come. */
    open_to: z.enum(keysOf(openToOptions)).default('anyone'),
    /** `in_person`, `online` or `hybrid`. */
    attendance: z.enum(keysOf(attendanceOptions)),
    /** When the group meets: one or more schedule rules. */
    meetings: z.array(ScheduleRuleSchema).min(1, { error: 'is empty — add at least one meeting time' }),
    /** Where it meets. Required in person or hybrid; online groups may give just an area they belong to. */
    location: LocationSchema.optional(),
    /** How to join online (online and hybrid groups). */
    online: OnlineSchema.optional(),
    /** How to reach the group. Roles only, never a person's full name. */
    contact: ContactSchema.optional(),
    /** What it costs: `free`, `donation`, or `{ kind: fee, description: … }`. */
    cost: CostSchema,
    /** Access features: step-free, hearing-loop, asl, childcare, fragrance-free… */
    accessibility: z.array(z.enum(keysOf(accessibilityFeatures))).default([]),
    /** Anything else about access, in a sentence or two. */
    accessibility_notes: Translatable(TextSchema(500)).optional(),
    /** What to expect at a first visit: arriving, sharing (or not), confidentiality, after the meeting. */
    newcomers: Translatable(TextSchema(2000)).optional(),
    /** `active` (the default), `paused` or `closed`. */
    status: z.enum(keysOf(entryStatuses)).default('active'),
    /** A short notice shown at the top of the page: a pause, a move, a changed time. */
    alert: Translatable(LineSchema(300)).optional(),
    /** The host organisation: an id from content/organizations/. */
    organization: IdSchema.optional(),
    /** The date someone last confirmed these details with the group, YYYY-MM-DD. */
    last_verified: LastVerifiedSchema,
    /** Where `npm run import` took it from: written by the importer, so re-imports update it. */
    imported: ImportedSchema.optional(),
  })
  .superRefine((group, ctx) => {
    const meetsInPerson = group.attendance !== 'online';
    if (meetsInPerson && !group.location) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: `is missing but attendance is ${group.attendance} — add a location (kind: address, area or on_request)`,
      });
    }
    if (!meetsInPerson && group.location && group.location.kind !== 'area') {
      ctx.addIssue({
        code: 'custom',
        path: ['location', 'kind'],
        message:
          'is not allowed for an online group — remove the location, or use kind: area to say where the group is based',
      });
    }
    if (group.attendance !== 'in_person' && !group.online) {
      ctx.addIssue({
        code: 'custom',
        path: ['online'],
        message: `is missing but attendance is ${group.attendance} — add online: with url, phone or link_on_request: true`,
      });
    }
    if (group.attendance === 'in_person' && group.online) {
      ctx.addIssue({
        code: 'custom',
        path: ['attendance'],
        message: 'is in_person but the group has online details — use attendance: hybrid, or remove online',
      });
    }
    if (group.status !== 'active' && !group.alert) {
      ctx.addIssue({
        code: 'custom',
        path: ['alert'],
        message: `is missing for a ${group.status} group — add alert: with a line saying what changed and since when`,
      });
    }
    if (group.online?.link_on_request && !group.contact) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'is missing, but the join link is sent on request — add contact details people can ask',
      });
    }
    if (group.location?.kind === 'on_request' && !group.contact) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'is missing, but the location is given on request — add contact details people can ask',
      });
    }
  });

export type GroupInput = z.input<typeof GroupSchema>;
export type GroupData = z.output<typeof GroupSchema>;
