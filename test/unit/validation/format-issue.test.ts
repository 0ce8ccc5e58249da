import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkWithSchema } from '../../../src/lib/validation/format-issue.ts';
import { CostSchema } from '../../../src/schemas/cost.ts';
import { GroupSchema } from '../../../src/schemas/group.ts';
import { LocationSchema } from '../../../src/schemas/location.ts';
import { HoursSchema } from '../../../src/schemas/service.ts';
import { TopicsFileSchema } from '../../../src/schemas/topic.ts';

const messages = (schema: z.ZodType, data: unknown) =>
  checkWithSchema(schema, data).map(
    (issue) => `${issue.path.join('.') || '(file)'} [${issue.anchor}] ${issue.message}`,
  );

describe('friendly schema messages', () => {
  it('suggests the closest allowed field for an unknown key, and points at the key', () => {
    expect(messages(z.strictObject({ newcomers: z.string().optional() }), { newcomer: 'x' })).toEqual([
      'newcomer [key] is not a field here — did you mean `newcomers`?',
    ]);
  });

  it('lists the allowed fields when no name is close, leaving out the fields that exist to be refused', () => {
    expect(messages(LocationSchema, { kind: 'area', area: 'uptown', city: 'Chicago' })).toEqual([
      'city [key] is not a field here — remove it, or use one of: `kind`, `area`, `directions`',
    ]);
  });

  it('says a required field is missing, keeping the schema hint on how to write it', () => {
    const [issue] = checkWithSchema(z.strictObject({ name: z.string() }), {});
    expect(issue?.message).toBe('is missing — add it; it is required');
    expect(messages(z.strictObject({ led_by: z.enum(['peer', 'professional']) }), {})).toEqual([
      'led_by [value] is missing — add it, as one of: peer, professional',
    ]);
    const lastVerified = checkWithSchema(GroupSchema, {}).find((found) => found.path[0] === 'last_verified');
    expect(lastVerified?.message).toBe('is missing — add it; write it as YYYY-MM-DD, like 2026-03-14');
  });

  it('suggests the allowed value a near miss was meant to be', () => {
    const schema = z.strictObject({ attendance: z.enum(['in_person', 'online', 'hybrid']) });
    expect(messages(schema, { attendance: 'in-person' })).toEqual([
      'attendance [value] is not one of the allowed values — did you mean in_person? (use one of: in_person, online, hybrid)',
    ]);
    expect(messages(schema, { attendance: 'sometimes' })).toEqual([
      'attendance [value] is not one of the allowed values — use one of: in_person, online, hybrid',
    ]);
  });

  it('says what shape was expected instead of zod type names', () => {
    const schema = z.strictObject({
      topics: z.array(z.string()),
      postal_code: z.string(),
      location: z.strictObject({}),
    });
    expect(messages(schema, { topics: 'hiv', postal_code: 60640, location: ['x'] })).toEqual([
      'topics [value] should be a list, not text — write it in brackets, like [hiv], or put each item on its own line starting with "- "',
      'postal_code [value] should be text, not a number — put it in quotes: "60640"',
      'location [value] should be a set of fields, not a list — remove the "- " in front of the first field',
    ]);
    expect(messages(GroupSchema, ['name: x'])).toEqual([
      '(file) [value] should be a set of fields, not a list — remove the "- " in front of the first field',
    ]);
    expect(messages(TopicsFileSchema, { id: 'hiv', label: 'HIV' })).toEqual([
      '(file) [value] should be a list, not a set of fields — start each item on its own line with "- "',
    ]);
  });

  it('reports a fee without a description, not that the cost should be free or donation', () => {
    expect(messages(CostSchema, { kind: 'fee' })).toEqual([
      '(file) [value] is a fee without a description — add description: with the amount and any sliding scale',
    ]);
    expect(messages(CostSchema, { kind: 'feee' })).toEqual([
      'kind [value] is not one of the allowed values — did you mean fee? (use one of: free, donation, fee)',
    ]);
  });

  it('lists every form a union accepts when the value fits none of them', () => {
    expect(messages(HoursSchema, '24/8')).toEqual([
      '(file) [value] is not one of the allowed values — did you mean 24/7? (write 24/7, by_appointment or a list)',
    ]);
    expect(messages(CostSchema, undefined)).toEqual([
      '(file) [value] is missing — add it, as free, donation or a set of fields',
    ]);
  });

  it('follows a union into the list of rules to the rule that is wrong', () => {
    expect(messages(HoursSchema, [{ byday: 'MO', opens_at: '17:00', closes_at: '09:00' }])).toEqual([
      '0.closes_at [value] ends (09:00) before it starts (17:00) — check the times; use the 24-hour clock, so 7 pm is "19:00"',
    ]);
  });

  it('suggests a location kind for a misspelt one', () => {
    expect(messages(LocationSchema, { kind: 'adress', area: 'uptown' })).toEqual([
      'kind [value] is not one of the allowed values — did you mean address? (use one of: address, area, on_request)',
    ]);
    expect(messages(LocationSchema, { area: 'uptown' })).toEqual([
      'kind [value] needs a kind — write kind: address, kind: area or kind: on_request',
    ]);
  });

  it('keeps the schema’s own messages as they are, but not a pasted essay', () => {
    const [issue] = checkWithSchema(GroupSchema.shape.meetings, [
      { byday: 'X'.repeat(5000), opens_at: '18:00', closes_at: '19:00' },
    ]);
    expect(issue?.message.length).toBeLessThan(200);
    expect(issue?.message).toContain('is not a day — use MO TU WE TH FR SA SU');
  });
});
