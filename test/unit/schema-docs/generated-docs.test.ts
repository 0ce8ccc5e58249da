import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING_FILE, generatedFiles } from '../../../src/lib/schema-docs/generated-files.ts';
import { type JsonSchema, schemaTargets } from '../../../src/lib/schema-docs/json-schemas.ts';
import { readFieldDocs } from '../../../src/lib/schema-docs/read-field-docs.ts';

const files = generatedFiles(readFileSync(CONTRIBUTING_FILE, 'utf8'));
const schemaOf = (name: string) => JSON.parse(files.get(`schemas/${name}.schema.json`) ?? '{}') as JsonSchema;

/** Every property of every object in a JSON Schema, as `path → schema`. */
function properties(schema: unknown, path = ''): [string, JsonSchema][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found: [string, JsonSchema][] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, property] of Object.entries(value as Record<string, JsonSchema>)) {
        found.push([`${path}${name}`, property], ...properties(property, `${path}${name}.`));
      }
    } else {
      found.push(...properties(value, path));
    }
  }
  return found;
}

describe('documentation generated from the schemas', () => {
  it.each([...files.keys()])('the committed %s is up to date with src/schemas (run npm run docs)', (file) => {
    expect(readFileSync(file, 'utf8'), `${file} is out of date: run npm run docs`).toBe(files.get(file));
  });

  it('every field a volunteer can write has documentation that the editor shows on hover', () => {
    const undocumented = schemaTargets.flatMap((target) =>
      properties(schemaOf(target.name))
        .filter(([, property]) => typeof property.description !== 'string' || property.description === '')
        .map(([path]) => `${target.name}: ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('every field written in src/schemas has a JSDoc comment', () => {
    const missing = readFieldDocs().flatMap((object) =>
      object.keys.filter((key) => !object.fields.has(key)).map((key) => `${object.source} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('a field reads with its JSDoc in the editor, and the short forms authors may write are allowed', () => {
    const group = schemaOf('group') as JsonSchema & {
      properties: Record<string, JsonSchema>;
      required: string[];
    };
    expect(group.properties.led_by?.description).toBe(
      'Who leads meetings: peer, professional or co-facilitated.',
    );
    expect(group.properties.led_by?.markdownDescription).toBe(
      'Who leads meetings: `peer`, `professional` or `co-facilitated`.',
    );
    // Input types: `cost: free` is allowed, and fields with defaults are not required.
    expect(JSON.stringify(group.properties.cost)).toContain('"free"');
    expect(group.required).toContain('last_verified');
    expect(group.required).not.toContain('status');
    expect(group.additionalProperties).toBe(false);
  });

  it('a location with only its area public lists no street field for the editor to suggest', () => {
    const reference = files.get(CONTRIBUTING_FILE) ?? '';
    expect(reference).toContain('| `location.kind` | yes | `address`, `area`, `on_request` |');
    expect(reference).toContain('`location.address_1 (kind: address)`');
    expect(reference).not.toContain('`location.address_1 (kind: area)`');
  });

  it('a schema field without a JSDoc comment is reported with its file and line', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const folder = await mkdtemp(`${tmpdir()}/circles-docs-`);
    await writeFile(
      `${folder}/thing.ts`,
      "import { z } from 'astro/zod';\n/** A thing. */\nexport const ThingSchema = z.strictObject({\n  /** Its name. */\n  name: z.string(),\n  size: z.number(),\n});\n",
    );
    const [thing] = readFieldDocs(folder);
    expect(thing?.description).toBe('A thing.');
    expect(thing?.keys.filter((key) => !thing.fields.has(key))).toEqual(['size']);
    expect(thing?.source).toMatch(/thing\.ts:3$/);
  });
});
