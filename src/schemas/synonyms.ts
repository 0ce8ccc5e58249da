import { z } from 'astro/zod';
import { IdSchema, LineSchema } from './primitives.ts';

/**
 * One line of `content/synonyms.yaml`: other words people search with (abbreviations, plain words,
 * common misspellings) and which entries they should find. The words are added, unseen, to the search
 * text of every matching entry.
 */
export const SynonymSchema = z
  .strictObject({
    /** What people type: "AA", "PLHIV", "bereavement", "greif". */
    terms: z.array(LineSchema(60)).min(1, { error: 'is empty — list at least one word people search with' }),
    /** Entries with any of these topics (ids from topics.yaml) are found by the terms. */
    topics: z.array(IdSchema).default([]),
    /** Entries whose name, summary or description contains any of these words are found by the terms. */
    words: z.array(LineSchema(60)).default([]),
  })
  .refine((synonym) => synonym.topics.length > 0 || synonym.words.length > 0, {
    error:
      'finds nothing — add topics: (topic ids) or words: (words in the entries) that the terms should find',
  });

/** `synonyms.yaml` holds a list; it is optional, and an empty list is allowed. */
export const SynonymsFileSchema = z.array(SynonymSchema);

export type SynonymData = z.output<typeof SynonymSchema>;
