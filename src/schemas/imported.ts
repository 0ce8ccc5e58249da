import { z } from 'astro/zod';
import { DateSchema, LineSchema } from './primitives.ts';

/**
 * Where an importer (`npm run import`) took an entry from. Written by the importer, not by hand: it lets a
 * later import of the same source update the entry, and tell an entry edited by hand since (whose
 * content no longer matches `hash`) from one it may safely rewrite.
 */
export const ImportedSchema = z.strictObject({
  /** The source's name as given to `--source`, such as `area-intergroup-feed`. */
  source: LineSchema(120),
  /** The record's key in that source (a meeting group's name and place, an HSDS service id). */
  record: LineSchema(300),
  /** A fingerprint of the entry as last imported; leave it as it is. */
  hash: z.string().regex(/^[0-9a-f]{16}$/, {
    error:
      'is not an import fingerprint — leave the value the importer wrote, or delete the whole imported: block',
  }),
  /** The date of that import, YYYY-MM-DD. */
  date: DateSchema,
});

export type Imported = z.output<typeof ImportedSchema>;
