import { parse as parseCsv } from 'csv-parse/sync';
import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { datapackage } from '../../open-data/hsds/tabular.ts';
import { ImportInputError } from '../input/import-input-error.ts';
import type { HsdsFiles } from './hsds-input.ts';

type Row = Record<string, string>;
type Tables = Map<string, Row[]>;

/** Each table's rows, found by the file name the 3.0 datapackage gives it (`service_at_location.csv`). */
export function readTables(files: HsdsFiles): Tables {
  const tables: Tables = new Map();
  for (const resource of datapackage.resources) {
    const text = files.get(resource.path.toLowerCase());
    if (text === undefined) continue;
    try {
      tables.set(
        resource.name,
        parseCsv(text, {
          columns: true,
          skip_empty_lines: true,
          bom: true,
          relax_column_count: true,
        }) as Row[],
      );
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      throw new ImportInputError(
        `${resource.path}${line ? `, line ${line},` : ''} is not readable CSV (${(error as Error).message.split('\n')[0]}) — export the table again`,
      );
    }
  }
  return tables;
}

/** A row without its empty cells: CSV has no "absent", and an empty cell means no value. */
const filled = (row: Row): HsdsObject =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== ''));

const rowsWhere = (tables: Tables, table: string, field: string, id: string) =>
  (tables.get(table) ?? []).filter((row) => row[field] === id).map(filled);

const byId = (tables: Tables, table: string, id: unknown) => {
  const row = (tables.get(table) ?? []).find((candidate) => candidate.id === id);
  return row ? filled(row) : undefined;
};

function nestedLocation(tables: Tables, location: HsdsObject): HsdsObject {
  const id = String(location.id);
  return {
    ...location,
    addresses: rowsWhere(tables, 'address', 'location_id', id),
    accessibility: rowsWhere(tables, 'accessibility', 'location_id', id),
  };
}

function nestedAttributes(tables: Tables, linkId: string): HsdsObject[] {
  return rowsWhere(tables, 'attribute', 'link_id', linkId).map((attribute) => {
    const term = byId(tables, 'taxonomy_term', attribute.taxonomy_term_id);
    const taxonomy = term && byId(tables, 'taxonomy', term.taxonomy_id);
    const named = term && taxonomy && !term.taxonomy ? { ...term, taxonomy: String(taxonomy.name) } : term;
    return named ? { ...attribute, taxonomy_term: named } : attribute;
  });
}

/** One service row with its related rows nested under it, as HSDS's JSON form holds them. */
function nestedService(tables: Tables, service: HsdsObject): HsdsObject {
  const id = String(service.id);
  const organization = byId(tables, 'organization', service.organization_id);
  const contacts = rowsWhere(tables, 'contact', 'service_id', id).map((contact) => ({
    ...contact,
    phones: rowsWhere(tables, 'phone', 'contact_id', String(contact.id)),
  }));
  return {
    ...service,
    ...(organization ? { organization } : {}),
    phones: rowsWhere(tables, 'phone', 'service_id', id).filter((phone) => !phone.contact_id),
    schedules: rowsWhere(tables, 'schedule', 'service_id', id),
    service_areas: rowsWhere(tables, 'service_area', 'service_id', id),
    service_at_locations: rowsWhere(tables, 'service_at_location', 'service_id', id).map((link) => {
      const location = byId(tables, 'location', link.location_id);
      return location ? { ...link, location: nestedLocation(tables, location) } : link;
    }),
    languages: rowsWhere(tables, 'language', 'service_id', id),
    cost_options: rowsWhere(tables, 'cost_option', 'service_id', id),
    contacts,
    attributes: nestedAttributes(tables, id),
  };
}

/** The services of HSDS tabular data, each with its rows from the other tables nested. */
export function nestedServices(tables: Tables): HsdsObject[] {
  return (tables.get('service') ?? []).map((row) => nestedService(tables, filled(row)));
}
