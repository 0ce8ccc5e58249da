import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_DIR = fileURLToPath(new URL('../hsds/spec/schema/', import.meta.url));

/** Validators for HSDS 3.0's published JSON Schemas, one per object, by file name (`service.json`). */
export function hsdsValidators(): (schema: string) => ValidateFunction {
  // The schemas carry the specification's own keywords (core, datapackage_type…), which strict mode refuses.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter(
    (name) => name.endsWith('.json') && name !== 'openapi.json',
  ))
    ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8')), file);
  return (schema) => {
    const validate = ajv.getSchema(schema);
    if (!validate) throw new RangeError(`HSDS 3.0 has no schema ${schema}`);
    return validate;
  };
}

/** An ajv error as "field: what is wrong", the field as a path from the file's root. */
export const describeError = (error: ErrorObject, prefix = '') =>
  `${prefix}${error.instancePath || '/'}: ${error.message ?? 'is not valid'}${
    error.keyword === 'required'
      ? ''
      : error.params && 'allowedValues' in error.params
        ? ` (${String(error.params.allowedValues)})`
        : ''
  }`;
