import { z } from 'astro/zod';
import {
  IdSchema,
  LatitudeSchema,
  LineSchema,
  LongitudeSchema,
  TextSchema,
  Translatable,
} from './primitives.ts';

/**
 * Where a group meets or a service is. Privacy is decided by what is stored: the content folder is
 * public on GitHub, so a place that must stay private is never written here — not even "hidden".
 */

const PUBLIC_FOLDER = 'the content folder is public on GitHub, so anything written here is published';

/** Refuses a field that would reveal a private place, and says why. */
const forbidden = (kind: string, fix: string) =>
  z
    .never({ error: `is not allowed when kind is ${kind} — ${PUBLIC_FOLDER}; ${fix}` })
    .optional()
    .meta({ description: `Not allowed when kind is ${kind}: ${PUBLIC_FOLDER}.` });

const privateFields = (kind: string) => {
  const fix =
    kind === 'area'
      ? 'delete it (the map shows the area centre, marked approximate) or use kind: address if the venue is public'
      : 'delete it; people contact the group to learn where it meets';
  return {
    address_1: forbidden(kind, fix),
    address_2: forbidden(kind, fix),
    postal_code: forbidden(kind, fix),
    latitude: forbidden(kind, fix),
    longitude: forbidden(kind, fix),
    venue: forbidden(kind, fix),
  };
};

/** A public venue: shown with its street address and a pin. */
export const AddressLocationSchema = z.strictObject({
  /** `address`: a public venue whose address may be published. */
  kind: z.literal('address'),
  /** The venue's name, such as "Uptown Library, Room 2". */
  venue: LineSchema(120).optional(),
  /** Street address, first line. */
  address_1: LineSchema(120),
  /** Street address, second line (suite, floor). */
  address_2: LineSchema(120).optional(),
  /** City or town. */
  city: LineSchema(80),
  /** State, province or region, as written on mail. */
  state_province: LineSchema(80).optional(),
  /** Postal or ZIP code. */
  postal_code: LineSchema(20).optional(),
  /** The area (an id from areas.yaml) the venue is in. */
  area: IdSchema,
  /** Latitude of the entrance, decimal degrees. */
  latitude: LatitudeSchema,
  /** Longitude of the entrance, decimal degrees. */
  longitude: LongitudeSchema,
  /** How to find the room: entrance, floor, buzzer, signage. */
  directions: Translatable(TextSchema(500)).optional(),
});

/** Only the area is public: shown as an approximate circle at the area's centre. */
export const AreaLocationSchema = z.strictObject({
  /** `area`: only the neighbourhood is public. */
  kind: z.literal('area'),
  /** The area (an id from areas.yaml). */
  area: IdSchema,
  /** What people should know without the address: "near the Blue Line", "we share the address on request". */
  directions: Translatable(TextSchema(500)).optional(),
  ...privateFields('area'),
});

/** Nothing about the place is public: people contact the group to learn where it meets. */
export const OnRequestLocationSchema = z.strictObject({
  /** `on_request`: the location is given on request only. */
  kind: z.literal('on_request'),
  /** Optionally, the area (an id from areas.yaml), so the entry appears in that area's list. */
  area: IdSchema.optional(),
  /** How to ask for the location, if it differs from the group's contact details. */
  directions: Translatable(TextSchema(500)).optional(),
  ...privateFields('on_request'),
});

export const LocationSchema = z.discriminatedUnion(
  'kind',
  [AddressLocationSchema, AreaLocationSchema, OnRequestLocationSchema],
  { error: 'needs a kind — write kind: address, kind: area or kind: on_request' },
);

export type Location = z.output<typeof LocationSchema>;
