import { z } from 'astro/zod';
import {
  IdSchema,
  LatitudeSchema,
  LineSchema,
  LongitudeSchema,
  TextSchema,
  Translatable,
} from './primitives.ts';

/** A point on the map. */
export const PointSchema = z.strictObject({
  /** Decimal degrees north (negative south). */
  latitude: LatitudeSchema,
  /** Decimal degrees east (negative west). */
  longitude: LongitudeSchema,
});

/** A neighbourhood or town in `content/areas.yaml`: used for filters, print sections and approximate pins. */
export const AreaSchema = z.strictObject({
  /** The id that locations use in `area:`. */
  id: IdSchema,
  /** The name people use, such as "Pilsen". */
  label: Translatable(LineSchema(80)),
  /** A sentence on what the area covers, shown on its page. */
  description: Translatable(TextSchema(500)).optional(),
  /** The point approximate markers use: a public landmark near the middle, never a venue. */
  centre: PointSchema,
  /**
   * GitHub users or teams who review changes to the entries in this area, such as
   * `["@circles-directory/uptown-volunteers"]` (in quotes: YAML reserves a leading @). `npm run owners` writes them into .github/CODEOWNERS. Never shown on the site.
   */
  reviewers: z
    .array(
      z.string().regex(/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9._-]+)?$/, {
        error: 'is not a GitHub user or team — write it like @name or @organization/team',
      }),
    )
    .optional(),
});

/** `areas.yaml` holds a list of areas. */
export const AreasFileSchema = z.array(AreaSchema).min(1, { error: 'is empty — add at least one area' });

export type AreaData = z.output<typeof AreaSchema>;
export type Point = z.output<typeof PointSchema>;
