import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { datapackage } from '../../open-data/hsds/tabular.ts';
import { ImportInputError } from '../input/import-input-error.ts';
import { parseJson } from '../input/parse-json.ts';
import type { HsdsFiles } from './hsds-input.ts';

/** Columns of services.csv that HSDS 3.0 added: a services table without them is an older version. */
const NEW_IN_3 = ['assured_date', 'assurer_email', 'last_modified', 'eligibility_description', 'minimum_age'];

const REFUSE_VERSION = (version: string) =>
  `is HSDS ${version}; this importer reads HSDS 3.0 only, and an older package would come in half empty — export HSDS 3.0 from the source system, or convert it first`;

/** Whether the files are HSDS 3.0 tabular data; refuses other versions and other CSV layouts, with why. */
export function checkTabular(files: HsdsFiles, input: string): void {
  const descriptor = files.get('datapackage.json');
  if (descriptor !== undefined) {
    const value = parseJson(descriptor, `${input}: datapackage.json`) as {
      version?: unknown;
      resources?: unknown;
    };
    const version = typeof value.version === 'string' ? value.version : undefined;
    if (version && !version.startsWith('3.'))
      throw new ImportInputError(`${input} ${REFUSE_VERSION(version)}`);
  }
  const services = files.get('services.csv');
  if (services === undefined) {
    const csvs = [...files.keys()].filter((name) => name.endsWith('.csv'));
    throw new ImportInputError(
      `${input} has no services.csv, so it is not HSDS tabular data (it holds ${csvs.join(', ') || 'no CSV files'}) — for a meeting list use "npm run import -- sheet", for other layouts see docs/importing.md`,
    );
  }
  const header = (services.split(/\r?\n/, 1)[0] ?? '')
    .split(',')
    .map((column) => column.trim().replace(/^"|"$/g, ''));
  const required = datapackage.resources
    .find((resource) => resource.name === 'service')
    ?.schema.fields.filter(
      (field) => (field as { constraints?: { required?: boolean } }).constraints?.required,
    )
    .map((field) => field.name) ?? ['id', 'name', 'status'];
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0)
    throw new ImportInputError(
      `${input}: services.csv has no ${missing.join(', ')} column, which HSDS 3.0 requires — this is another tool's layout, not HSDS 3.0`,
    );
  if (!NEW_IN_3.some((column) => header.includes(column)) && descriptor === undefined)
    throw new ImportInputError(
      `${input} ${REFUSE_VERSION('1.x or 2.x (services.csv has none of the columns 3.0 added)')}`,
    );
}

const isObject = (value: unknown): value is HsdsObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The services in one HSDS 3.0 JSON document: a service, an organisation with services, a page, or a list. */
export function servicesOfJson(value: unknown, name: string): HsdsObject[] {
  if (Array.isArray(value)) return value.flatMap((item) => servicesOfJson(item, name));
  if (!isObject(value)) return [];
  if (Array.isArray(value.contents)) return servicesOfJson(value.contents, name);
  if (Array.isArray(value.services) && typeof value.name === 'string') {
    const { services, ...organization } = value;
    return (services as HsdsObject[])
      .filter(isObject)
      .map((service) => ({ ...service, organization: (service.organization as HsdsObject) ?? organization }));
  }
  if (typeof value.id === 'string' && typeof value.name === 'string' && typeof value.status === 'string')
    return [value];
  return [];
}

/** Every service in a set of JSON files, refusing JSON that holds none in HSDS 3.0's shape. */
export function jsonServices(files: HsdsFiles, input: string): HsdsObject[] {
  const services: HsdsObject[] = [];
  for (const [name, text] of files)
    if (name.endsWith('.json') && name !== 'datapackage.json')
      services.push(...servicesOfJson(parseJson(text, name), name));
  if (services.length === 0)
    throw new ImportInputError(
      `${input} holds no HSDS 3.0 services — expected a service (with id, name and status), an organization with its services, or a list or page of them`,
    );
  return services;
}
