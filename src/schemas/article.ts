import { z } from 'astro/zod';
import { DateSchema, LineSchema } from './primitives.ts';

/** Front matter of a guide (`content/guides/*.mdx`) or a page (`content/pages/*.mdx`). */
export const ArticleSchema = z.strictObject({
  /** The title, shown as the page heading. */
  title: LineSchema(120),
  /** One line shown in lists of guides and in search results. */
  summary: LineSchema(240),
  /** Order in lists, lowest first. */
  order: z.int().default(100),
  /** The date the text was last reviewed, YYYY-MM-DD. */
  last_reviewed: DateSchema.optional(),
});

export type ArticleData = z.output<typeof ArticleSchema>;
