import type { z } from 'astro/zod';
import { closest } from './did-you-mean.ts';
import type { Anchor } from './parse-yaml.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** A schema problem in volunteer's words: the field, where to point (its key or its value), and the message. */
export interface FriendlyIssue {
  path: PropertyKey[];
  anchor: Anchor;
  message: string;
}

/**
 * Checks data against a schema and explains every problem, like Starlight's error map: zod's generic
 * messages are reworded, the schema's own messages (which already say how to fix it) are kept, unknown
 * keys get a "did you mean", and a failed union is reduced to the branch the author was aiming at.
 */
export function checkWithSchema(schema: z.ZodType, data: unknown): FriendlyIssue[] {
  // zod hands the object schema (`inst`) only to the error map, so the allowed keys are noted there.
  const allowedKeys = new WeakMap<object, string[]>();
  const errorMap = (issue: RawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') {
      if (isObject(issue.input)) allowedKeys.set(issue.input, fieldsOf(issue.inst));
      return undefined;
    }
    return friendlyMessage(issue);
  };
  const result = schema.safeParse(data, { reportInput: true, error: errorMap });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => explain(issue, [], allowedKeys));
}

function explain(
  issue: Issue,
  prefix: PropertyKey[],
  allowedKeys: WeakMap<object, string[]>,
): FriendlyIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = isObject(issue.input) ? (allowedKeys.get(issue.input) ?? []) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        anchor: 'key',
        message: unknownKeyMessage(key, allowed),
      }));
    }
    case 'invalid_union':
      return explainUnion(issue, path, allowedKeys);
    case 'invalid_type':
      if (issue.input === undefined && !issue.message.startsWith(MISSING)) {
        // The schema's message is about a wrong value; the value is simply not there.
        const fix = issue.message.split(' — ')[1];
        return [{ path, anchor: 'value', message: fix ? `${MISSING}; ${fix}` : REQUIRED }];
      }
      return [{ path, anchor: 'value', message: clipQuoted(issue.message) }];
    default:
      return [{ path, anchor: 'value', message: clipQuoted(issue.message) }];
  }
}

const MISSING = 'is missing — add it';
const REQUIRED = `${MISSING}; it is required`;

/**
 * A union is reported through the branch that got furthest, so `cost: { kind: fee }` explains the fee
 * rather than "expected free or donation". When no branch fits the value's shape at all, the message
 * lists every form the field accepts.
 */
function explainUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
  allowedKeys: WeakMap<object, string[]>,
): FriendlyIssue[] {
  if (issue.errors.length === 0) return [explainDiscriminator(issue, path)];
  const ranked = issue.errors.map((branch) => ({ branch, score: Math.max(...branch.map(progress)) }));
  const best = ranked.reduce((a, b) => (b.score > a.score ? b : a));
  const fitsNoBranch = best.branch.every(
    (inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
  );
  if (fitsNoBranch) {
    return [{ path, anchor: 'value', message: alternativesMessage(issue.errors.flat(), issue.input) }];
  }
  return best.branch.flatMap((inner) => explain(inner, path, allowedKeys));
}

/** How far a branch got: deeper paths are further; at the same depth a wrong type is least far. */
function progress(issue: Issue): number {
  const depth = issue.path.length * 3;
  if (issue.code === 'invalid_type') return depth;
  if (issue.code === 'invalid_value') return depth + 1;
  return depth + 2;
}

function explainDiscriminator(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
): FriendlyIssue {
  const value = issue.discriminator && isObject(issue.input) ? issue.input[issue.discriminator] : undefined;
  const options = 'options' in issue && issue.options ? issue.options.map(String) : [];
  if (typeof value === 'string' && options.length > 0) {
    return { path, anchor: 'value', message: notAllowedMessage(value, options) };
  }
  const message = issue.message === 'Invalid input' ? REQUIRED : issue.message;
  return { path, anchor: 'value', message };
}

function alternativesMessage(issues: Issue[], input: unknown): string {
  const values: string[] = [];
  const shapes: string[] = [];
  for (const issue of issues) {
    if (issue.path.length > 0) continue;
    if (issue.code === 'invalid_value') values.push(...issue.values.map(String));
    if (issue.code === 'invalid_type') shapes.push(describeExpected(issue.expected));
  }
  const forms = joinOr([...new Set([...values, ...shapes])]);
  if (input === undefined) return `${MISSING}, as ${forms}`;
  if (input === null) return `has no value — write ${forms} after the colon`;
  const suggestion = typeof input === 'string' ? closest(input, values) : undefined;
  return suggestion
    ? `is not one of the allowed values — did you mean ${suggestion}? (write ${forms})`
    : `is not one of the allowed values — write ${forms}`;
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = closest(key, allowed);
  if (suggestion) return `is not a field here — did you mean \`${suggestion}\`?`;
  if (allowed.length === 0) return 'is not a field here — remove it';
  return `is not a field here — remove it, or use one of: ${allowed.map((name) => `\`${name}\``).join(', ')}`;
}

function notAllowedMessage(value: string, allowed: readonly string[]): string {
  const suggestion = closest(value, allowed);
  const list = allowed.join(', ');
  return suggestion
    ? `is not one of the allowed values — did you mean ${suggestion}? (use one of: ${list})`
    : `is not one of the allowed values — use one of: ${list}`;
}

/** The wording for zod's generic messages. Undefined keeps zod's own (only for codes handled later). */
export function friendlyMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return invalidTypeMessage(issue.expected, issue.input);
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (issue.input === undefined) return `${MISSING}, as one of: ${values.join(', ')}`;
      if (values.length === 1) return `should be ${values[0]} — write exactly that`;
      return typeof issue.input === 'string'
        ? notAllowedMessage(issue.input, values)
        : `is not one of the allowed values — use one of: ${values.join(', ')}`;
    }
    case 'too_small':
      return sizeMessage('small', issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return sizeMessage('big', issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return formatMessage(issue.format);
    case 'not_multiple_of':
      return `should be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      return 'is not valid here — compare it with the same field in another entry';
    case 'invalid_union':
      return undefined;
    default:
      return 'is not valid here — compare it with the same field in another entry';
  }
}

function invalidTypeMessage(expected: string, input: unknown): string {
  if (input === undefined) return REQUIRED;
  if (input === null) return 'has no value — write one after the colon, or delete the line';
  const given = describeInput(input);
  switch (expected) {
    case 'string':
      if (Array.isArray(input))
        return 'should be one value, not a list — write it on the same line, without "- " or brackets';
      if (isObject(input))
        return 'should be one value, not a set of fields — write the value on the same line, after the colon';
      return `should be text, not ${given} — put it in quotes: "${clip(String(input))}"`;
    case 'array':
      if (isObject(input))
        return 'should be a list, not a set of fields — start each item on its own line with "- "';
      return `should be a list, not ${given} — write it in brackets, like [${clip(String(input))}], or put each item on its own line starting with "- "`;
    case 'object':
      if (Array.isArray(input))
        return 'should be a set of fields, not a list — remove the "- " in front of the first field';
      return `should be a set of fields, not ${given} — write each field on its own line below, indented by two spaces`;
    case 'number':
      return isNumeric(input)
        ? 'should be a number, not text — remove the quotes'
        : `should be a number, not ${given}`;
    case 'int':
      if (typeof input === 'number') return 'should be a whole number, without decimals';
      return isNumeric(input)
        ? 'should be a whole number, not text — remove the quotes'
        : `should be a whole number, not ${given}`;
    case 'boolean':
      return `should be true or false (without quotes), not ${given}`;
    case 'never':
      return 'is not allowed here — remove it';
    default:
      return `should be ${describeExpected(expected)}, not ${given}`;
  }
}

function sizeMessage(direction: 'small' | 'big', origin: string, limit: number, inclusive: boolean): string {
  const bound = direction === 'small' ? (inclusive ? limit : limit + 1) : inclusive ? limit : limit - 1;
  if (origin === 'string') {
    if (direction === 'small')
      return bound <= 1 ? 'is empty — write some text' : `is too short — write at least ${bound} characters`;
    return `is too long — keep it to ${bound} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    if (direction === 'small')
      return bound <= 1
        ? 'is an empty list — add at least one item'
        : `has too few items — add at least ${bound}`;
    return `has too many items — keep it to ${bound}`;
  }
  const phrase =
    direction === 'small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  return `is too ${direction} — use a number ${phrase} ${limit}`;
}

function formatMessage(format: string): string {
  switch (format) {
    case 'email':
      return 'is not an email address — write it like name@example.org';
    case 'url':
      return 'is not a web address — write the full address, starting https://';
    case 'date':
      return 'is not a date — write it as YYYY-MM-DD, like 2026-03-14';
    case 'time':
      return 'is not a time — write it as "HH:MM" on the 24-hour clock, like "19:00"';
    default:
      return 'is not written the expected way — compare it with the same field in another entry';
  }
}

const isNumeric = (input: unknown) =>
  typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input));

function describeInput(input: unknown): string {
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'a number';
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (isObject(input)) return 'a set of fields';
  return typeof input;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a set of fields';
    case 'array':
      return 'a list';
    case 'record':
      return 'one text per language (en: …, es: …)';
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

/** The fields a strict object accepts, leaving out those that exist only to be refused (`z.never()`). */
function fieldsOf(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def
    ?.shape;
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([, field]) => unwrap(field)?._zod?.def?.type !== 'never')
    .map(([name]) => name);
}

type SchemaLike = { _zod?: { def?: { type?: string; innerType?: SchemaLike } } };

function unwrap(schema: unknown): SchemaLike | undefined {
  let current = schema as SchemaLike | undefined;
  while (current?._zod?.def?.innerType) current = current._zod.def.innerType;
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const CLIP_AT = 40;

/** Echoed values stay short, so a pasted essay does not flood the report. */
export function clip(value: string): string {
  return value.length > CLIP_AT ? `${value.slice(0, CLIP_AT)}…` : value;
}

function clipQuoted(message: string): string {
  return message.replace(/"([^"]{41,})"/g, (_, inner: string) => `"${clip(inner)}"`);
}
