import type { JsonSchema } from './json-schemas.ts';

/** One line of the field reference: a field's path, whether it is required, its allowed values and meaning. */
interface FieldRow {
  field: string;
  required: boolean;
  values: string;
  meaning: string;
}

/**
 * A Markdown table of every field a volunteer may write, from a JSON Schema produced by
 * `toAuthorJsonSchema` (so the words are the schema's JSDoc). Nested fields read `location.kind`;
 * fields of list items read `meetings[].byday`; variants of a field are told apart by their `kind`.
 */
export function fieldReference(schema: JsonSchema): string {
  const rows: FieldRow[] = [];
  collectRows(schema, '', rows);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| Field | Required | Values | What it means |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.field}\` | ${row.required ? 'yes' : ''} | ${cell(row.values)} | ${cell(row.meaning)} |`,
    ),
  ].join('\n');
}

function collectRows(schema: JsonSchema, prefix: string, rows: FieldRow[]): void {
  const variants = variantsOf(schema, prefix);
  const kinds = variants.map((variant) => constOf(variant.schema, 'kind'));
  const tellApart = variants.length > 1 && kinds.every((kind) => kind !== undefined);
  for (const [index, { schema: variant, prefix: at }] of variants.entries()) {
    const kind = tellApart ? kinds[index] : undefined;
    const required = new Set((variant.required as string[] | undefined) ?? []);
    for (const [key, property] of Object.entries((variant.properties ?? {}) as Record<string, JsonSchema>)) {
      if (isForbidden(property)) continue;
      const field = at === '' ? key : `${at}.${key}`;
      if (kind !== undefined && key === 'kind') {
        // One row for the field that chooses the variant, listing every choice.
        if (index > 0) continue;
        rows.push({
          field,
          required: true,
          values: kinds.map((value) => `\`${value}\``).join(', '),
          meaning: variants
            .map(({ schema: option }) =>
              describedBy((option.properties as Record<string, JsonSchema>).kind ?? {}),
            )
            .join(' '),
        });
        continue;
      }
      rows.push({
        field: kind === undefined ? field : `${field} (kind: ${kind})`,
        required: required.has(key),
        values: valuesOf(property),
        meaning: describedBy(property),
      });
      collectRows(property, field, rows);
    }
  }
}

function describedBy(schema: JsonSchema): string {
  return String(schema.markdownDescription ?? schema.description ?? '');
}

/** The object shapes a value may take (itself, or each object in its anyOf/oneOf), with `[]` for list items. */
function variantsOf(schema: JsonSchema, prefix: string): { schema: JsonSchema; prefix: string }[] {
  if (schema.type === 'array') {
    return isSchema(schema.items) && prefix !== ''
      ? variantsOf(schema.items, `${prefix}[]`)
      : isSchema(schema.items)
        ? variantsOf(schema.items, '')
        : [];
  }
  if (schema.properties) return [{ schema, prefix }];
  const options = [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])];
  return options.filter(isSchema).flatMap((option) => variantsOf(option, prefix));
}

function constOf(schema: JsonSchema, key: string): string | undefined {
  const property = (schema.properties as Record<string, JsonSchema> | undefined)?.[key];
  return typeof property?.const === 'string' ? property.const : undefined;
}

/** The allowed values, in words short enough for a table cell. */
function valuesOf(schema: JsonSchema): string {
  const options = [
    schema,
    ...((schema.anyOf as JsonSchema[]) ?? []),
    ...((schema.oneOf as JsonSchema[]) ?? []),
  ];
  const words = new Set<string>();
  for (const option of options) {
    const items = option.type === 'array' && isSchema(option.items) ? option.items : option;
    const list = option.type === 'array' ? 'a list of ' : '';
    if (Array.isArray(items.enum))
      words.add(`${list}${items.enum.map((value) => `\`${value}\``).join(', ')}`);
    else if (typeof items.const === 'string' && option.type !== 'object') words.add(`\`${items.const}\``);
    else if (items.format === 'date') words.add(`${list}a date, YYYY-MM-DD`);
    else if (items.type === 'boolean') words.add('`true` or `false`');
    else if (items.type === 'integer') words.add(`${list}a whole number`);
    else if (items.type === 'number') words.add(`${list}a number`);
    else if (items.type === 'string') words.add(`${list}text`);
    else if (items.type === 'object' && isSchema(items.additionalProperties) && !items.properties)
      words.add('or one per language, such as `en: …` and `es: …`');
    else if (items.type === 'object')
      words.add(option.type === 'array' ? 'a list of fields below' : 'fields below');
  }
  if (schema.default !== undefined && JSON.stringify(schema.default) !== '[]') {
    words.add(`default \`${JSON.stringify(schema.default).replace(/^"|"$/g, '')}\``);
  }
  return [...words].join('; ');
}

/** A field that only exists to be refused (a street address on a private location). */
function isForbidden(schema: JsonSchema): boolean {
  return isSchema(schema.not) && Object.keys(schema.not).length === 0;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
