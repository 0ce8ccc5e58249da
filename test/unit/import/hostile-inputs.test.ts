import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src/lib/import/input/import-input-error.ts';
import { emptyFolder, importFile } from '../../support/run-import.ts';

const FIXTURES = 'test/fixtures/import';
const fixture = (name: string) => path.join(FIXTURES, name);
const removals: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const remove of removals) await remove();
});

async function dryRun(format: 'meeting-guide' | 'sheet' | 'hsds', input: string, map?: string) {
  const { folder, remove } = await emptyFolder();
  removals.push(remove);
  return importFile(format, input, { out: folder, dryRun: true, ...(map ? { map } : {}) });
}

/** The one error an unreadable input gets: an ImportInputError, its message naming file and fix. */
async function refusal(
  format: 'meeting-guide' | 'sheet' | 'hsds',
  input: string,
  map?: string,
): Promise<string> {
  const error = await dryRun(format, input, map).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportInputError);
  return (error as Error).message;
}

describe('an input that cannot be read gets one clear error, never a stack trace', () => {
  it.each([
    ['meeting-guide', 'not-json.json', /is not valid JSON — check that it is the feed itself/],
    ['meeting-guide', 'web-page.json', /is a web page \(HTML\), not JSON — use the feed's own address/],
    ['meeting-guide', 'empty.json', /is empty — export the data again/],
    ['meeting-guide', 'not-a-feed.json', /is JSON but not a Meeting Guide feed/],
    [
      'meeting-guide',
      'utf16.json',
      /is saved as UTF-16, which the site cannot read — save it again as UTF-8/,
    ],
    ['meeting-guide', 'missing.json', /does not exist — check the path/],
    ['sheet', 'latin1.csv', /is not UTF-8 from line 2 on .*; from a spreadsheet, export it as "CSV UTF-8"/],
    [
      'sheet',
      'other-layout.csv',
      /has no name, day, time column \(its columns: Group, Weekday, Start\) — .*--map/,
    ],
    ['hsds', 'hsds-1.1', /is HSDS 1\.1; this importer reads HSDS 3\.0 only/],
    ['hsds', 'other-csv', /has no services\.csv, so it is not HSDS tabular data \(it holds programs\.csv\)/],
    ['hsds', 'sheet.csv', /is one CSV file — HSDS tabular data is a folder or zip/],
    ['hsds', 'not-a-feed.json', /holds no HSDS 3\.0 services/],
  ] as const)('%s %s', async (format, name, message) => {
    expect(await refusal(format, fixture(name))).toMatch(message);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const { folder, remove } = await emptyFolder();
    removals.push(remove);
    const huge = path.join(folder, 'huge.json');
    const handle = await open(huge, 'w');
    await handle.truncate(51_000_000);
    await handle.close();
    expect(await refusal('meeting-guide', huge)).toMatch(/is 51\.0 MB, over the 50\.0 MB an import reads/);
  });

  it('a column map naming a field the importer does not read says which fields there are', async () => {
    expect(await refusal('sheet', fixture('mapped.csv'), fixture('bad-mapping.yaml'))).toMatch(
      /bad-mapping\.yaml: "Meeting: title" — title is not a field the importer reads; use one of .*end_time/,
    );
  });
});

describe('a hostile feed: each record gets its own message, and the rest is imported', () => {
  const reasons = async () => {
    const { plan } = await dryRun('meeting-guide', fixture('hostile-feed.json'));
    const rejected = new Map(
      plan.rejected.map((record) => [record.label.replace(/ →.*$/, ''), record.reasons.join(' | ')]),
    );
    const notes = new Map(plan.files.map((file) => [file.id, file.notes.join(' | ')]));
    return { plan, rejected, notes };
  };

  it('refuses a day of 7, an hour past 23, an ambiguous time, a record that is not a meeting, and one with no place', async () => {
    const { rejected } = await reasons();
    expect(rejected.get('"Day Seven Group" (meeting 2)')).toMatch(
      /day 7 is not a day — Meeting Guide numbers days 0 \(Sunday\) to 6 \(Saturday\); if 7 means Sunday here, write 0/,
    );
    expect(rejected.get('"Out Of Range Group" (meeting 4)')).toMatch(
      /time "24:30" is out of range — hours run 00 to 23/,
    );
    expect(rejected.get('"Ambiguous Time Group" (meeting 5)')).toMatch(/time "7:00 am or pm" is not a time/);
    expect(rejected.get('meeting 9')).toMatch(/is not a meeting/);
    expect(rejected.get('meeting 10')).toMatch(/has no name/);
    expect(rejected.get('"Nowhere Group" (meeting 8)')).toMatch(
      /has no place we may publish and no way to join online/,
    );
  });

  it("reports, with the validator's words, a record whose place is outside the region", async () => {
    const { rejected } = await reasons();
    expect(rejected.get('"Far Away Group" (meeting 11)')).toMatch(/location\.latitude\s+is outside Lakeside/);
  });

  it('reads a day list, weekday names and 12-hour times, saying what it read', async () => {
    const { plan, notes } = await reasons();
    const arrayDay = plan.files.find((file) => file.id === 'array-day-group');
    expect(arrayDay?.text).toMatch(/byday: \[MO, TH\]/);
    expect(notes.get('evening-words-group')).toMatch(/day "Wednesday" is a name, not a number; read as WE/);
    expect(notes.get('evening-words-group')).toMatch(
      /time "7:00 PM" is not on the 24-hour clock; read as 19:00/,
    );
  });

  it('writes an approximate place as its area, never the street it was given', async () => {
    const { plan, notes } = await reasons();
    const text = plan.files.find((file) => file.id === 'array-day-group')?.text ?? '';
    expect(text).toMatch(/kind: area/);
    expect(text).not.toMatch(/Yard Road|41\.95/);
    expect(notes.get('array-day-group')).toMatch(/street not written: the feed marks the place approximate/);
  });

  it('maps the type codes it can and names the rest', async () => {
    const { plan, notes } = await reasons();
    expect(plan.files.find((file) => file.id === 'array-day-group')?.text).toMatch(/audiences: \[lgbtq\]/);
    expect(notes.get('array-day-group')).toMatch(/type B \(Big Book\) has no field in Circles/);
    expect(notes.get('array-day-group')).toMatch(/type "XYZ" \(not a Meeting Guide type\) has no field/);
  });

  it("reduces HTML to plain text, refuses a javascript: link and withholds a person's name", async () => {
    const { plan, notes } = await reasons();
    const script = plan.files.find((file) => file.id === 'script-group');
    expect(script?.text).toMatch(/description: Bring lunch\./);
    expect(script?.text).not.toMatch(/<|alert/);
    expect(notes.get('script-group')).toMatch(/notes held HTML; written as plain text/);
    const zoom = plan.files.find((file) => file.id === 'zoom-only');
    expect(zoom?.text).not.toMatch(/javascript|John/);
    expect(zoom?.text).toMatch(/phone: \+1 312 555 0199/);
    expect(notes.get('zoom-only')).toMatch(
      /conference_url "javascript:alert\(1\)" uses "javascript:", which is not allowed/,
    );
    expect(notes.get('zoom-only')).toMatch(
      /contact name "John Q\. Public" not written \(the content folder is public\)/,
    );
  });
});

describe('a Meeting Guide spreadsheet', () => {
  it('joins the rows of one group, reads its words, and reports rows it cannot read', async () => {
    const { plan } = await dryRun('sheet', fixture('sheet.csv'));
    const hope = plan.files.find((file) => file.id === 'monday-night-hope');
    expect(hope?.text).toMatch(/byday: \[MO, TH\]\n\s+opens_at: "19:00"\n\s+closes_at: "20:00"/);
    expect(hope?.text).toMatch(/accessibility: \[step-free\]/);
    expect(hope?.text).toMatch(/description: Newcomers welcome & coffee\./);
    expect(hope?.text).not.toMatch(/Jane|Smith/);
    expect(plan.notes.join()).toMatch(/columns left out .*: Venmo Handle/);
    expect(plan.files.find((file) => file.id === 'domingo-en-linea')?.text).toMatch(
      /languages: \[es\][\s\S]*attendance: online/,
    );
    expect(plan.rejected.map((record) => record.reasons[0])).toEqual([
      'day "Funday" is not a day — Meeting Guide numbers days 0 (Sunday) to 6 (Saturday), or a weekday\'s name',
      'day "7" is not a day — Meeting Guide numbers days 0 (Sunday) to 6 (Saturday); if 7 means Sunday here, write 0',
      'time "25:00" is out of range — hours run 00 to 23 and minutes 00 to 59; a meeting at midnight starts at 00:00',
    ]);
  });

  it('reads any other columns through a --map file', async () => {
    const { plan } = await dryRun('sheet', fixture('mapped.csv'), fixture('mapping.yaml'));
    expect(plan.files.map((file) => file.id)).toEqual(['mapped-group']);
    expect(plan.files[0]?.text).toMatch(/opens_at: "18:30"\n\s+closes_at: "19:30"[\s\S]*area: riverside/);
  });
});
