import { z } from 'astro/zod';
import { LineSchema, Translatable } from './primitives.ts';
import { costKinds, keysOf } from './vocabularies.ts';

const CostObjectSchema = z
  .strictObject({
    /** `free`, `donation` (free, donations welcome) or `fee`. */
    kind: z.enum(keysOf(costKinds)),
    /** What it costs and any sliding scale or waiver, such as "$10 per session; no one turned away". */
    description: Translatable(LineSchema(200)).optional(),
  })
  .refine((cost) => cost.kind !== 'fee' || cost.description, {
    error: 'is a fee without a description — add description: with the amount and any sliding scale',
  });

/**
 * What it costs. Write `free` or `donation` on its own, or `{ kind: fee, description: "…" }`.
 * The short form is expanded here, so pages never re-apply defaults.
 */
export const CostSchema = z.union([
  z.enum(['free', 'donation']).transform((kind) => ({ kind })),
  CostObjectSchema,
]);

export type Cost = z.output<typeof CostSchema>;
