import { z } from 'astro/zod';
import { IdSchema, LineSchema, TextSchema, Translatable } from './primitives.ts';

/** A topic (condition or theme) in `content/topics.yaml`, such as HIV, grief or recovery. */
export const TopicSchema = z.strictObject({
  /** The id that groups and services use in `topics:`. */
  id: IdSchema,
  /** The name people know it by, such as "Living with HIV". */
  label: Translatable(LineSchema(80)),
  /** One or two sentences on what the topic covers, shown on its page. */
  description: Translatable(TextSchema(500)),
});

/** `topics.yaml` holds a list of topics. */
export const TopicsFileSchema = z.array(TopicSchema).min(1, { error: 'is empty — add at least one topic' });

export type TopicData = z.output<typeof TopicSchema>;
