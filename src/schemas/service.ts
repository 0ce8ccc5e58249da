import { z } from 'astro/zod';
import { PhoneSchema } from './contact.ts';
import { CostSchema } from './cost.ts';
import { ImportedSchema } from './imported.ts';
import { LocationSchema } from './location.ts';
import {
  EmailSchema,
  IdSchema,
  LanguageTagSchema,
  LastVerifiedSchema,
  LineSchema,
  TextSchema,
  Translatable,
  WebUrlSchema,
} from './primitives.ts';
import { ScheduleRuleSchema } from './schedule.ts';
import { accessibilityFeatures, entryStatuses, keysOf, serviceCategories } from './vocabularies.ts';

/**
 * Opening hours: a list of schedule rules, or `24/7`, or `by_appointment`. Normalised to one shape
 * so pages never re-interpret the short forms.
 */
export const HoursSchema = z.union([
  z.literal('24/7').transform(() => ({ kind: 'always' as const, rules: [] })),
  z.literal('by_appointment').transform(() => ({ kind: 'appointment' as const, rules: [] })),
  z
    .array(ScheduleRuleSchema)
    .min(1)
    .transform((rules) => ({ kind: 'scheduled' as const, rules })),
]);

/** A service: one file in `content/services/`, whose file name is its id. Fields follow HSDS 3.0. */
export const ServiceSchema = z
  .strictObject({
    /** The service's name, such as "Free rapid HIV testing". */
    name: LineSchema(120),
    /** One line that says what it offers and to whom, shown in lists. */
    summary: Translatable(LineSchema(200)),
    /** The organisation that runs it: an id from content/organizations/. */
    organization: IdSchema,
    /** What kind of service: testing, clinic, legal, housing, crisis-line… at least one. */
    categories: z
      .array(z.enum(keysOf(serviceCategories)))
      .min(1, { error: 'is empty — add at least one category, such as testing or legal' }),
    /** Related topics: ids from topics.yaml. */
    topics: z.array(IdSchema).default([]),
    /**
     * A short notice shown before the description, for readers who want warning of what follows, such
     * as "Mentions suicide and the death of a child." One line.
     */
    content_warning: Translatable(LineSchema(200)).optional(),
    /** A fuller description. Blank lines separate paragraphs. */
    description: Translatable(TextSchema(4000)),
    /** Who can use it, in words: residency, insurance, referral. */
    eligibility_description: Translatable(TextSchema(1000)).optional(),
    /** Youngest age served, in years. */
    minimum_age: z.int().min(0).max(120).optional(),
    /** Oldest age served, in years. */
    maximum_age: z.int().min(0).max(120).optional(),
    /** What it costs: `free`, `donation`, or `{ kind: fee, description: … }`. */
    cost: CostSchema,
    /** Languages the service is offered in, as BCP 47 tags. */
    languages: z.array(LanguageTagSchema).min(1, { error: 'is empty — add at least one language, like en' }),
    /** Opening hours: schedule rules, `24/7` or `by_appointment`. */
    hours: HoursSchema,
    /** A short note on hours, such as "Walk-ins until 4 pm". */
    hours_notes: Translatable(LineSchema(200)).optional(),
    /** Phone lines, each with its number and type. */
    phones: z.array(PhoneSchema).default([]),
    /** The service's web page. */
    website: WebUrlSchema.optional(),
    /** A public email address. */
    email: EmailSchema.optional(),
    /** Where it is. Leave out for phone- or web-only services. */
    location: LocationSchema.optional(),
    /** Access features: step-free, hearing-loop, asl… */
    accessibility: z.array(z.enum(keysOf(accessibilityFeatures))).default([]),
    /** Anything else about access. */
    accessibility_notes: Translatable(TextSchema(500)).optional(),
    /** `active` (the default), `paused` or `closed`. */
    status: z.enum(keysOf(entryStatuses)).default('active'),
    /** A short notice shown at the top of the page. */
    alert: Translatable(LineSchema(300)).optional(),
    /** The date someone last confirmed these details with the service, YYYY-MM-DD. */
    last_verified: LastVerifiedSchema,
    /** Where `npm run import` took it from: written by the importer, so re-imports update it. */
    imported: ImportedSchema.optional(),
  })
  .superRefine((service, ctx) => {
    if (
      service.minimum_age !== undefined &&
      service.maximum_age !== undefined &&
      service.maximum_age < service.minimum_age
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['maximum_age'],
        message: 'is below minimum_age — check the ages',
      });
    }
    if (!service.location && service.phones.length === 0 && !service.website && !service.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['phones'],
        message: 'is empty and the service has no location, website or email — add a way to reach it',
      });
    }
    if (service.status !== 'active' && !service.alert) {
      ctx.addIssue({
        code: 'custom',
        path: ['alert'],
        message: `is missing for a ${service.status} service — add alert: with a line saying what changed`,
      });
    }
  });

export type ServiceInput = z.input<typeof ServiceSchema>;
export type ServiceData = z.output<typeof ServiceSchema>;
export type Hours = z.output<typeof HoursSchema>;
