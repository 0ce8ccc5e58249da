import { z } from 'astro/zod';
import { DateSchema, LineSchema } from './primitives.ts';

/**
 * Front matter of a guide (`content/guides/*.mdx`) or a page (`content/pages/*.mdx`). A translation sits
 * beside the original with the language before the extension: `first-meeting.es.mdx`.
 */
export const ArticleSchema = z.strictObject({
  /** The title, shown as the page heading. */
  title: LineSchema(120),
  /** One line shown in lists of guides and in search results. */
  summary: LineSchema(240),
  /** A short notice shown before the text, such as "Discusses suicide and self-harm." One line. */
  content_warning: LineSchema(200).optional(),
  /** Order in lists, lowest first. */
  order: z.int().default(100),
  /** The date the text was last reviewed, YYYY-MM-DD. */
  last_reviewed: DateSchema.optional(),
});

export type ArticleData = z.output<typeof ArticleSchema>;
