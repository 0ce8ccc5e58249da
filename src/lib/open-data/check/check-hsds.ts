import type { ValidateFunction } from 'ajv';
import { describeError } from './hsds-schemas.ts';

export interface BuiltExport {
  path: string;
  text: string;
}

/** Which schema each HSDS file, or each item of a list file, is checked against. */
const LISTS: Record<string, string> = {
  'hsds/services.json': 'service.json',
  'hsds/organizations.json': 'organization.json',
  'hsds/taxonomies.json': 'taxonomy.json',
  'hsds/taxonomy_terms.json': 'taxonomy_term.json',
};
const PAGE_FIELDS = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
  'contents',
];

/** Who a service or organisation object is, for messages: our entry id where it carries one. */
const whoIs = (object: Record<string, unknown>) =>
  typeof object.circles_id === 'string'
    ? `${String(object.circles_kind)} ${object.circles_id}`
    : `${String(object.name ?? object.id ?? 'an object')}`;

function check(validate: ValidateFunction, object: unknown, where: string): string[] {
  if (validate(object)) return [];
  const who = whoIs((object ?? {}) as Record<string, unknown>);
  return (validate.errors ?? []).map((error) => `${where} (${who}) ${describeError(error)}`);
}

/** Every HSDS JSON file checked against the published schemas, and the lists against the API's Page. */
export function checkHsdsJson(files: BuiltExport[], schema: (name: string) => ValidateFunction): string[] {
  const problems: string[] = [];
  const hsds = files.filter((file) => file.path.startsWith('hsds/') && file.path.endsWith('.json'));
  if (!hsds.some((file) => file.path === 'hsds/index.json')) problems.push('hsds/index.json: missing');
  for (const file of hsds) {
    const value = JSON.parse(file.text) as Record<string, unknown>;
    const list = LISTS[file.path];
    if (file.path === 'hsds/index.json') {
      if (typeof value.version !== 'string') problems.push(`${file.path}: version is missing`);
      if (typeof value.profile !== 'string') problems.push(`${file.path}: profile is missing`);
    } else if (list) {
      for (const field of PAGE_FIELDS)
        if (!(field in value)) problems.push(`${file.path}: the Page field ${field} is missing`);
      const contents = Array.isArray(value.contents) ? value.contents : [];
      if (value.total_items !== contents.length)
        problems.push(
          `${file.path}: total_items is ${String(value.total_items)} but contents has ${contents.length}`,
        );
      problems.push(
        ...contents.flatMap((item, index) => check(schema(list), item, `${file.path} contents[${index}]`)),
      );
    } else if (file.path.startsWith('hsds/services/')) {
      problems.push(...check(schema('service.json'), value, file.path));
      if (!file.path.endsWith(`/${String(value.id)}.json`))
        problems.push(`${file.path}: its id is ${String(value.id)}`);
    } else if (file.path.startsWith('hsds/organizations/')) {
      problems.push(...check(schema('organization.json'), value, file.path));
    }
  }
  return problems;
}
