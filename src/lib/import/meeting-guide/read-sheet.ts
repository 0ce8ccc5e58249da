import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseYaml } from '../../validation/parse-yaml.ts';
import type { ImportContext, ImportDrafts, Rejected } from '../draft.ts';
import { ImportInputError } from '../input/import-input-error.ts';
import { meetingGuideDrafts } from './meetings-to-groups.ts';
import { type Meeting, readMeeting, TEXT_FIELDS } from './read-meeting.ts';
import { typeCode } from './type-codes.ts';

/** The fields a sheet's columns can feed: the feed's own names, as TSML UI reads them from a Google Sheet. */
export const SHEET_FIELDS = new Set<string>([
  ...TEXT_FIELDS,
  ...['name', 'day', 'time', 'end_time', 'timezone', 'types', 'latitude', 'longitude', 'updated', 'slug'],
  ...['approximate', 'country', 'group', 'district', 'url'],
  ...[1, 2, 3].flatMap((n) => [`contact_${n}_name`, `contact_${n}_email`, `contact_${n}_phone`]),
]);

/** Headers other spreadsheets use for the same thing. */
const ALIASES: Record<string, string> = {
  zip: 'postal_code',
  zip_code: 'postal_code',
  postcode: 'postal_code',
  meeting_name: 'name',
  start_time: 'time',
  location_name: 'location',
  state_province: 'state',
};

/** "Conference URL" → conference_url: the spreadsheet layout's headers are the feed's names in words. */
export const fieldOfHeader = (header: string) => {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[key] ?? key;
};

/** A `--map` file: `Their column: field`, every field one the importer reads. */
function readMapping(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportInputError(
      `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}) — check the path of --map`,
    );
  }
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (!parsed.readable)
    throw new ImportInputError(
      `${file}, line ${problem?.line ?? 1}, is not YAML (${problem?.message ?? 'unreadable'}) — write one "Column name: field" per line`,
    );
  const value = parsed.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ImportInputError(
      `${file} is not a map of columns — write one "Column name: field" per line, such as "Meeting: name"`,
    );
  const mapping = new Map<string, string>();
  for (const [column, field] of Object.entries(value)) {
    if (typeof field !== 'string' || !SHEET_FIELDS.has(field))
      throw new ImportInputError(
        `${file}: "${column}: ${String(field)}" — ${String(field)} is not a field the importer reads; use one of ${[...SHEET_FIELDS].sort().join(', ')}`,
      );
    mapping.set(column.trim(), field);
  }
  return mapping;
}

function rowsOf(text: string, name: string): string[][] {
  try {
    return parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportInputError(
      `${name}${line ? `, line ${line},` : ''} is not readable CSV (${(error as Error).message.split('\n')[0]}) — export the sheet again as CSV`,
    );
  }
}

/** The field each column feeds, refusing a sheet without the columns a meeting needs. */
function columnsOf(header: string[], name: string, mapping: Map<string, string>): (string | undefined)[] {
  const fields = header.map((column) => mapping.get(column.trim()) ?? fieldOfHeader(column));
  const missing = ['name', 'day', 'time'].filter((field) => !fields.includes(field));
  if (missing.length > 0)
    throw new ImportInputError(
      `${name} has no ${missing.join(', ')} column (its columns: ${header.join(', ') || 'none'}) — use the Meeting Guide sheet's headers (Name, Day, Time, End Time, Address…), or say which column is which with --map mapping.yaml`,
    );
  return fields.map((field) => (field && SHEET_FIELDS.has(field) ? field : undefined));
}

function rowObject(row: string[], fields: (string | undefined)[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    const value = row[index]?.trim();
    if (!field || !value) return;
    record[field] = field === 'types' ? value.split(',').map(typeCode) : value;
  });
  if (typeof record.approximate === 'string')
    record.approximate = /^(yes|true|1)$/i.test(record.approximate) ? 'yes' : 'no';
  return record;
}

/** A CSV in the Meeting Guide spreadsheet layout (or mapped onto it) as group drafts, row by row. */
export function readSheet(text: string, name: string, ctx: ImportContext, mapFile?: string): ImportDrafts {
  const rows = rowsOf(text, name);
  const [header, ...body] = rows;
  if (!header || body.length === 0)
    throw new ImportInputError(`${name} has no rows of meetings under its header`);
  const fields = columnsOf(header, name, mapFile ? readMapping(mapFile) : new Map());
  const ignored = header.filter((_, index) => fields[index] === undefined);
  const rejected: Rejected[] = [];
  const meetings: Meeting[] = [];
  body.forEach((row, index) => {
    const where = `row ${index + 2}`;
    const read = readMeeting(rowObject(row, fields), where, true);
    if ('problem' in read)
      rejected.push({
        label: row[fields.indexOf('name')] ? `"${row[fields.indexOf('name')]}" (${where})` : where,
        reasons: [read.problem],
      });
    else meetings.push(read.meeting);
  });
  const drafts = meetingGuideDrafts(meetings, ctx, rejected);
  if (ignored.length > 0)
    drafts.notes.push(`columns left out (no field for them; --map can name one): ${ignored.join(', ')}`);
  return drafts;
}
