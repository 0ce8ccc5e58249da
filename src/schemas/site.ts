import { z } from 'astro/zod';
import { uiLanguages } from '../i18n/index.ts';
import { PointSchema } from './area.ts';
import { OpenDataSchema } from './open-data.ts';
import {
  LatitudeSchema,
  LineSchema,
  LongitudeSchema,
  PhoneNumberSchema,
  TimeZoneSchema,
  Translatable,
  WebUrlSchema,
} from './primitives.ts';
import { ThemeSchema } from './theme.ts';

/**
 * A clean tile template: https, a host of letters, digits, dots and hyphens (an optional `{s}.` subdomain
 * and port), and {z}, {x} and {y} in a path free of quotes, spaces, commas and semicolons. Its origin goes
 * into the Content Security Policy, so nothing in it may read as another directive.
 */
export function isTileTemplate(template: string): boolean {
  const match = /^https:\/\/(?:\{s\}\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?(\/[^\s'";,\\]*)$/i.exec(
    template,
  );
  const path = match?.[1] ?? '';
  return ['{z}', '{x}', '{y}'].every((part) => path.includes(part));
}

/** A crisis line shown at the top of the home page and in every footer. */
export const CrisisLineSchema = z
  .strictObject({
    /** Its name, such as "988 Suicide & Crisis Lifeline". */
    name: LineSchema(120),
    /** Number to call. */
    phone: PhoneNumberSchema.optional(),
    /** Number to text, if it takes texts. */
    sms: PhoneNumberSchema.optional(),
    /** When it answers and who for, such as "24/7, free and confidential". */
    description: Translatable(LineSchema(200)),
  })
  .refine((line) => line.phone ?? line.sms, { error: 'has no number — add phone, sms or both' });

/** The box that every coordinate in the directory must fall inside: catches swapped latitude/longitude. */
export const BoundsSchema = z
  .strictObject({
    /** Southern edge, degrees. */
    south: LatitudeSchema,
    /** Western edge, degrees. */
    west: LongitudeSchema,
    /** Northern edge, degrees. */
    north: LatitudeSchema,
    /** Eastern edge, degrees. */
    east: LongitudeSchema,
  })
  .refine((box) => box.south < box.north && box.west < box.east, {
    error: 'is inside out — south must be below north and west below east',
  });

/** Site settings: `content/site.yaml`. */
export const SiteSchema = z.strictObject({
  /** The site's name, shown in the header and page titles. */
  name: LineSchema(80),
  /** One line under the name on the home page. */
  tagline: Translatable(LineSchema(200)),
  /** The public address of the site, such as https://circles.example.org/. */
  url: WebUrlSchema,
  /** `true` while the content is fictional: every page shows a banner saying so. */
  demo: z.boolean().default(false),
  /** The region the directory covers. */
  region: z.strictObject({
    /** Its name, such as "Chicago". */
    name: LineSchema(80),
    /** ISO 3166 two-letter country code, used to read phone numbers, such as US. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'is not a country code — use two capital letters, like US or GB' }),
    /** Every place in the directory must be inside this box. */
    bounds: BoundsSchema,
  }),
  /** The IANA time zone meetings are in unless a rule says otherwise. */
  timezone: TimeZoneSchema,
  /**
   * The site's main language: pages in it have no prefix (`/groups/`), and plain text in the content
   * folder is read as written in it. One of the interface languages in src/i18n/: en or es.
   */
  default_language: z.enum(uiLanguages),
  /**
   * Every interface language to publish, such as `[en, es]`: each gets the whole site under its own
   * prefix (`/es/groups/`). Defaults to the main language only.
   */
  languages: z.array(z.enum(uiLanguages)).min(1).optional(),
  /** Distances shown in kilometres (`km`) or miles (`mi`). */
  distance_unit: z.enum(['km', 'mi']).default('km'),
  /** Map settings. */
  map: z.strictObject({
    /** Where the map opens. */
    centre: PointSchema,
    /** Zoom level the map opens at, 1–18. */
    zoom: z.int().min(1).max(18),
    /** Tile URL template, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
    tiles: z.string().refine(isTileTemplate, {
      error:
        'is not a tile URL — use an https:// address with a plain host name and {z}, {x} and {y} in its path, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    }),
    /** Attribution text the tile provider requires, shown on the map. */
    attribution: LineSchema(300),
  }),
  /** Where the content lives on GitHub, for "edit" and "suggest a change" links. */
  repository: z.strictObject({
    /** The repository's web address, such as https://github.com/example/circles. */
    url: WebUrlSchema,
    /** The branch volunteers propose changes to. */
    branch: LineSchema(100).default('main'),
  }),
  /** Crisis lines, in the order shown. */
  crisis_lines: z.array(CrisisLineSchema).default([]),
  /** An entry whose last_verified is older than this many months is shown with a warning. */
  stale_after_months: z.int().min(1).max(60).default(12),
  /** The community's accent colour and logo. */
  theme: ThemeSchema.default({}),
  /** Where "Quick exit" sends people: an everyday site that raises no questions on a watched screen. */
  quick_exit_url: WebUrlSchema.default('https://www.wikipedia.org/'),
  /** The open data exports: their licence and the namespace their ids are made in. */
  open_data: OpenDataSchema.default({ licence: 'CC-BY-4.0' }),
});

export type SiteData = z.output<typeof SiteSchema>;
export type Bounds = z.output<typeof BoundsSchema>;
