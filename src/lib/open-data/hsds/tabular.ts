import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { licences } from '../licences.ts';
import type { HsdsDataset } from './dataset.ts';
import type { HsdsObject, HsdsValue } from './hsds-object.ts';
import specification from './spec/datapackage.json' with { type: 'json' };

/** The specification's descriptor: its resources give every CSV's name and columns, in order. */
export const datapackage = specification;
export type TableName = (typeof specification.resources)[number]['name'];

/** Where, in a nested HSDS object, each table's rows are found: the field name and the table it feeds. */
const NESTED_TABLES: Record<string, TableName> = {
  organization: 'organization',
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  location: 'location',
  addresses: 'address',
  accessibility: 'accessibility',
  languages: 'language',
  cost_options: 'cost_option',
  contacts: 'contact',
  attributes: 'attribute',
};

/**
 * The dataset as rows per table (HSDS's tabular form): nested objects are taken out into their own table,
 * each keeping the foreign keys the nested form already carries, and each row appears once.
 */
export function hsdsTables(dataset: HsdsDataset): Map<TableName, HsdsObject[]> {
  const tables = new Map<TableName, Map<string, HsdsObject>>(
    specification.resources.map((resource) => [resource.name, new Map()]),
  );
  const add = (table: TableName, row: HsdsObject) => {
    const rows = tables.get(table);
    if (rows && !rows.has(String(row.id))) rows.set(String(row.id), row);
  };
  const walk = (object: HsdsObject) => {
    for (const [field, value] of Object.entries(object)) {
      const table = NESTED_TABLES[field];
      if (!table) continue;
      for (const child of Array.isArray(value) ? value : [value as HsdsObject]) {
        add(table, child);
        walk(child);
      }
    }
  };
  for (const service of dataset.services) {
    add('service', service);
    walk(service);
  }
  for (const taxonomy of dataset.taxonomies) add('taxonomy', taxonomy);
  for (const term of dataset.taxonomyTerms) add('taxonomy_term', term);
  return new Map([...tables].map(([name, rows]) => [name, [...rows.values()]]));
}

const cell = (value: HsdsValue | undefined) => (typeof value === 'object' ? '' : (value ?? ''));

/** One table as CSV: the datapackage's columns in its order, CRLF line ends (the Frictionless default). */
export function tableCsv(name: TableName, rows: HsdsObject[]): string {
  const resource = specification.resources.find((candidate) => candidate.name === name);
  if (!resource) throw new RangeError(`${name} is not a table of HSDS 3.0`);
  const columns = resource.schema.fields.map((field) => field.name);
  return stringify(
    rows.map((row) => columns.map((column) => cell(row[column]))),
    { header: true, columns, record_delimiter: 'windows' },
  );
}

/** The CSV file name of each table, as the descriptor gives it. */
export const tableFiles = specification.resources.map((resource) => ({
  name: resource.name as TableName,
  path: resource.path,
}));

/**
 * The descriptor we publish: the specification's resources unchanged (names, paths, columns, keys), and
 * the package described as this site's data under its own licence (the specification's CC BY-SA licence
 * covers the specification, not the data).
 */
export function publishedDatapackage(site: {
  name: string;
  url: string;
  open_data: { licence: keyof typeof licences };
}) {
  const licence = licences[site.open_data.licence];
  return {
    name: 'circles-hsds',
    title: `${site.name} (HSDS 3.0)`,
    description: `${site.name}: groups and services in Open Referral's Human Services Data Specification 3.0, one CSV per object.`,
    profile: specification.profile,
    version: specification.version,
    homepage: site.url,
    licenses: [{ name: site.open_data.licence, path: licence.url, title: licence.name }],
    sources: [{ title: 'Human Services Data Specification 3.0', path: specification.homepage }],
    resources: specification.resources,
  };
}

/**
 * Every CSV and the descriptor in one zip. Entries carry the build's reference date as their time (built
 * from local parts, as zip times are local, so the bytes do not depend on the build machine's zone).
 */
export function hsdsZip(
  files: { path: string; text: string }[],
  referenceDate: string,
): Uint8Array<ArrayBuffer> {
  const [year, month, day] = referenceDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12);
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.path, [strToU8(file.text), { mtime }]])), {
    level: 9,
  });
  return new Uint8Array(zip);
}
