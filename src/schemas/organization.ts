import { z } from 'astro/zod';
import { PhoneSchema } from './contact.ts';
import { ImportedSchema } from './imported.ts';
import {
  EmailSchema,
  LastVerifiedSchema,
  LineSchema,
  TextSchema,
  Translatable,
  WebUrlSchema,
} from './primitives.ts';

/** An organisation that hosts groups or runs services: one file in `content/organizations/`. */
export const OrganizationSchema = z.strictObject({
  /** The organisation's name. */
  name: LineSchema(160),
  /** What the organisation does, in a few sentences. */
  description: Translatable(TextSchema(2000)),
  /** Its website. */
  website: WebUrlSchema.optional(),
  /** A public email address. */
  email: EmailSchema.optional(),
  /** Public phone lines. */
  phones: z.array(PhoneSchema).default([]),
  /** The date someone last confirmed these details, YYYY-MM-DD. */
  last_verified: LastVerifiedSchema,
  /** Where `npm run import` took it from: written by the importer, so re-imports update it. */
  imported: ImportedSchema.optional(),
});

export type OrganizationData = z.output<typeof OrganizationSchema>;
