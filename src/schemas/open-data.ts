import { z } from 'astro/zod';
import { keysOf } from './vocabularies.ts';

/** Licences the open data may be published under, by SPDX identifier. */
export const openDataLicences = {
  'CC0-1.0': 'Creative Commons Zero: no rights reserved, no attribution needed',
  'CC-BY-4.0': 'Creative Commons Attribution 4.0: reuse freely, credit the site',
  'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0: credit the site, share changes alike',
  'ODbL-1.0': 'Open Database License: credit the site, share changed databases alike',
  'ODC-By-1.0': 'Open Data Commons Attribution: reuse freely, credit the site',
  'PDDL-1.0': 'Open Data Commons Public Domain Dedication: no rights reserved',
} as const;

export type OpenDataLicence = keyof typeof openDataLicences;

/** The open data the site publishes (HSDS, the Meeting Guide feed, calendars, GeoJSON). */
export const OpenDataSchema = z.strictObject({
  /**
   * The licence the exported data is published under, as an SPDX id: `CC-BY-4.0` (the default), `CC0-1.0`,
   * `CC-BY-SA-4.0`, `ODbL-1.0`, `ODC-By-1.0` or `PDDL-1.0`. Shown on the open-data page and written into
   * every export that has a place for it.
   */
  licence: z.enum(keysOf(openDataLicences)).default('CC-BY-4.0'),
  /**
   * A UUID of your own (any version), such as one from `uuidgen`: every exported id is a UUIDv5 of an
   * entry's id under it, so the same entry keeps the same id in every build. Set it once and never change
   * it. Left out, it is derived from `url`, so the ids change if the site moves.
   */
  id_namespace: z
    .uuid({ error: 'is not a UUID — write one like 1b4e28ba-2fa1-4d3b-a3f5-ef19a4a1c6e2' })
    .optional(),
});

export type OpenData = z.output<typeof OpenDataSchema>;
