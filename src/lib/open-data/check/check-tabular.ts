import { parse } from 'csv-parse/sync';
import { datapackage } from '../hsds/tabular.ts';
import type { BuiltExport } from './check-hsds.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Resource = (typeof datapackage.resources)[number];
type ForeignKey = { fields: string; reference: { resource: string; fields: string } };

/**
 * The CSVs against the specification's datapackage: every resource present, its columns exactly the
 * descriptor's in its order, required cells filled, ids UUIDs and unique, and every foreign key pointing
 * at a row that exists. `folder` is where the CSVs are (`hsds/csv/`, or the zip's contents).
 */
export function checkTabular(files: BuiltExport[], folder: string): string[] {
  const problems: string[] = [];
  const rows = new Map<string, Record<string, string>[]>();
  for (const resource of datapackage.resources as Resource[]) {
    const path = `${folder}${resource.path}`;
    const file = files.find((candidate) => candidate.path === path);
    if (!file) {
      problems.push(`${path}: missing (the datapackage lists it)`);
      continue;
    }
    const [header = [], ...records] = parse(file.text) as string[][];
    const expected = resource.schema.fields.map((field) => field.name);
    if (header.join(',') !== expected.join(','))
      problems.push(`${path}: columns are ${header.join(',')}; the datapackage gives ${expected.join(',')}`);
    const table = records.map((record) =>
      Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])),
    );
    rows.set(resource.name, table);
    const seen = new Set<string>();
    table.forEach((row, index) => {
      const where = `${path} row ${index + 2}`;
      for (const field of resource.schema.fields) {
        const value = row[field.name] ?? '';
        if (field.constraints.required && value === '') problems.push(`${where}: ${field.name} is required`);
        if ('format' in field && field.format === 'uuid' && value !== '' && !UUID.test(value))
          problems.push(`${where}: ${field.name} "${value}" is not a UUID`);
      }
      if (seen.has(row.id ?? '')) problems.push(`${where}: id ${row.id} is not unique`);
      seen.add(row.id ?? '');
    });
  }
  for (const resource of datapackage.resources as Resource[]) {
    const keys = ('foreignKeys' in resource.schema ? resource.schema.foreignKeys : []) as ForeignKey[];
    for (const key of keys) {
      const targets = new Set(
        (rows.get(key.reference.resource) ?? []).map((row) => row[key.reference.fields]),
      );
      (rows.get(resource.name) ?? []).forEach((row, index) => {
        const value = row[key.fields] ?? '';
        if (value !== '' && !targets.has(value))
          problems.push(
            `${folder}${resource.path} row ${index + 2}: ${key.fields} ${value} is in no row of ${key.reference.resource}`,
          );
      });
    }
  }
  return problems;
}
