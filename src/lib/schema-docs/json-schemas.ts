import { z } from 'astro/zod';
import {
  AreasFileSchema,
  GroupSchema,
  OrganizationSchema,
  ServiceSchema,
  SiteSchema,
  TopicsFileSchema,
} from '../../schemas/index.ts';
import type { ObjectDocs } from './read-field-docs.ts';

/** A JSON Schema document, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** What volunteers edit, the schema that checks it, and where its JSON Schema is committed. */
export const schemaTargets = [
  { name: 'group', title: 'A group', schema: GroupSchema, files: 'content/groups/*.yaml' },
  { name: 'service', title: 'A service', schema: ServiceSchema, files: 'content/services/*.yaml' },
  {
    name: 'organization',
    title: 'An organization',
    schema: OrganizationSchema,
    files: 'content/organizations/*.yaml',
  },
  { name: 'topics', title: 'The list of topics', schema: TopicsFileSchema, files: 'content/topics.yaml' },
  { name: 'areas', title: 'The list of areas', schema: AreasFileSchema, files: 'content/areas.yaml' },
  { name: 'site', title: 'Site settings', schema: SiteSchema, files: 'content/site.yaml' },
] as const;

export type SchemaName = (typeof schemaTargets)[number]['name'];

/** The folder, at the repository root, that holds the committed JSON Schemas. */
export const JSON_SCHEMA_FOLDER = 'schemas';

export const jsonSchemaFile = (name: SchemaName) => `${JSON_SCHEMA_FOLDER}/${name}.schema.json`;

/** Marks an object schema during generation with the docs that belong to it; removed afterwards. */
const DOCS_MARK = 'x-circles-docs';

/**
 * The JSON Schema of what authors write (zod's input type: defaults optional, short forms allowed),
 * with each field's JSDoc as its `description` and `markdownDescription` (editor hovers).
 * Rules JSON Schema cannot say (cross-field checks, dates not in the future) stay with the validator.
 */
export function toAuthorJsonSchema(
  schema: z.ZodType,
  title: string,
  docs: readonly ObjectDocs[],
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Transforms and refinements cannot be expressed; the input they accept still is.
    unrepresentable: 'any',
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def as { type: string; shape?: Record<string, z.ZodType> };
      if (def.type !== 'object' || !def.shape) return;
      const index = matchDocs(def.shape, docs);
      if (index !== undefined) ctx.jsonSchema[DOCS_MARK] = index;
    },
  });
  // A deep copy first: zod may share one JSON object between the places a schema is reused, and the
  // same id field means different things in different places.
  const copy = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  applyDocs(copy, docs);
  return { $schema: copy.$schema, title, ...copy };
}

/** The docs written for the object with this shape: all their keys present, literals equal, most keys wins. */
function matchDocs(shape: Record<string, z.ZodType>, docs: readonly ObjectDocs[]): number | undefined {
  let best: number | undefined;
  let bestKeys = -1;
  docs.forEach((candidate, index) => {
    if (!candidate.keys.every((key) => key in shape)) return;
    for (const [key, value] of candidate.literals) {
      const def = shape[key]?._zod.def as { type: string; values?: unknown[] };
      if (def.type !== 'literal' || def.values?.[0] !== value) return;
    }
    if (candidate.keys.length > bestKeys) {
      best = index;
      bestKeys = candidate.keys.length;
    } else if (candidate.keys.length === bestKeys && best !== undefined && !sameDocs(docs[best], candidate)) {
      throw new Error(
        `Two schema objects have the same fields, so their docs cannot be told apart: ${docs[best]?.source} and ${candidate.source}`,
      );
    }
  });
  return best;
}

function sameDocs(a: ObjectDocs | undefined, b: ObjectDocs): boolean {
  return JSON.stringify([...(a?.fields ?? [])]) === JSON.stringify([...b.fields]);
}

function applyDocs(node: unknown, docs: readonly ObjectDocs[]): void {
  if (Array.isArray(node)) {
    for (const item of node) applyDocs(item, docs);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  const mark = schema[DOCS_MARK];
  if (typeof mark === 'number') {
    delete schema[DOCS_MARK];
    const found = docs[mark];
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    if (found?.description && schema.description === undefined) describe(schema, found.description);
    for (const [key, text] of found?.fields ?? []) {
      const property = properties[key];
      if (property) describe(property, text);
    }
  }
  for (const value of Object.values(schema)) applyDocs(value, docs);
}

function describe(schema: JsonSchema, text: string): void {
  schema.description = text.replace(/`/g, '');
  schema.markdownDescription = text;
}
