import { z } from 'astro/zod';
import { PointSchema } from './area.ts';
import { IdSchema, LineSchema, Translatable } from './primitives.ts';

/** The kinds of place people type to find what is near them. */
export const placeKinds = {
  neighbourhood: 'A neighbourhood or district smaller or other than the areas in areas.yaml',
  postcode: 'A ZIP or postal code, at its middle',
  landmark: 'A landmark people know: a station, a park, a hospital, a campus',
  town: 'A town or city',
} as const;

/**
 * A place in `content/places.yaml` (optional): what a visitor may type into "near" besides an area's
 * name. The point is a public place, never a group's venue. Everything here is matched on the visitor's
 * device; nothing typed is sent anywhere.
 */
export const PlaceSchema = z.strictObject({
  /** The name people type, such as "Wrigley Field" or "60640". */
  name: Translatable(LineSchema(80)),
  /** neighbourhood, postcode, landmark or town. */
  kind: z.enum(Object.keys(placeKinds) as [keyof typeof placeKinds, ...(keyof typeof placeKinds)[]]),
  /** Its middle, or the landmark itself. Must be inside the site's region. */
  centre: PointSchema,
  /** Other names people type for it, such as "Wrigley" or "Union Station Chicago". */
  aliases: z.array(LineSchema(80)).default([]),
  /** The area it is in, if any (an id from areas.yaml). */
  area: IdSchema.optional(),
});

/** `places.yaml` holds a list; it is optional, and an empty list is allowed. */
export const PlacesFileSchema = z.array(PlaceSchema);

export type PlaceData = z.output<typeof PlaceSchema>;
