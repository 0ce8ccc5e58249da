import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/lib/import/run-import.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { emptyFolder, importFile } from '../../support/run-import.ts';

/** A regional directory fed by an intergroup's feed: imported, edited by hand, imported again. */
const meeting = (name: string, day: number, time: string) => ({
  name,
  day,
  time,
  end_time: `${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}`,
  region: 'Riverside',
  approximate: 'yes',
  types: ['O', 'EN'],
  updated: '2026-10-01',
});

const FIRST = [
  meeting('Alpha Group', 1, '18:00'),
  meeting('Bravo Group', 2, '18:00'),
  meeting('Charlie Group', 3, '18:00'),
];
// Alpha moves to 19:00, Bravo to 20:00, Charlie is gone, Delta is new.
const SECOND = [
  meeting('Alpha Group', 1, '19:00'),
  meeting('Bravo Group', 2, '20:00'),
  meeting('Delta Group', 4, '18:00'),
];

let folder: string;
let remove: () => Promise<void>;
let held: ImportResult;
let updated: ImportResult;
const file = (id: string) => readFile(path.join(folder, 'content', 'groups', `${id}.yaml`), 'utf8');

beforeAll(async () => {
  ({ folder, remove } = await emptyFolder());
  const content = path.join(folder, 'content');
  const feed = path.join(folder, 'feed.json');
  const options = { out: content, source: 'riverside-intergroup' };
  await writeFile(feed, JSON.stringify(FIRST));
  await importFile('meeting-guide', feed, options);
  const bravo = path.join(content, 'groups', 'bravo-group.yaml');
  await writeFile(
    bravo,
    (await readFile(bravo, 'utf8')).replace(/^summary: .*$/m, 'summary: Bring a friend; tea after.'),
  );
  await writeFile(feed, JSON.stringify(SECOND));
  held = await importFile('meeting-guide', feed, options);
  updated = await importFile('meeting-guide', feed, { ...options, update: true });
});
afterAll(() => remove());

const paths = (entries: { path: string }[]) => entries.map((entry) => entry.path).sort();

describe('importing the same source again', () => {
  it('without --update adds what is new, and only lists what changed or went', () => {
    expect(paths(held.plan.files)).toEqual(['groups/delta-group.yaml']);
    expect(paths(held.plan.held)).toEqual(['groups/alpha-group.yaml']);
    expect(paths(held.plan.gone)).toEqual(['groups/charlie-group.yaml']);
    expect(held.report).toMatch(
      /groups\/charlie-group\.yaml .* no longer in riverside-intergroup — run with --update to mark it closed/,
    );
  });

  it('reports the entry edited by hand as a conflict and keeps the edit', async () => {
    expect(paths(updated.plan.conflicts)).toEqual(['groups/bravo-group.yaml']);
    expect(updated.report).toMatch(
      /Conflicts, kept as they are \(1\):\n\s+groups\/bravo-group\.yaml .* edited by hand since the import of/,
    );
    const bravo = await file('bravo-group');
    expect(bravo).toMatch(/summary: Bring a friend; tea after\./);
    expect(bravo).toMatch(/opens_at: "18:00"/);
  });

  it('with --update rewrites the untouched entry and marks the one the source dropped closed, never deleting it', async () => {
    expect(updated.plan.files.map((planned) => [planned.path, planned.action]).sort()).toEqual([
      ['groups/alpha-group.yaml', 'update'],
      ['groups/charlie-group.yaml', 'close'],
    ]);
    expect(await file('alpha-group')).toMatch(/opens_at: "19:00"/);
    const charlie = await file('charlie-group');
    expect(charlie).toMatch(
      /status: closed\nalert: No longer listed by riverside-intergroup since 2026-11-26/,
    );
    expect((await validateContent(path.join(folder, 'content'))).problems).toEqual([]);
  });

  it('keeps the file comment and records where each entry came from', async () => {
    const alpha = await file('alpha-group');
    expect(alpha).toMatch(/^# Imported from riverside-intergroup/);
    expect(alpha).toMatch(
      /imported:\n\s+source: riverside-intergroup\n\s+record: alpha group\|[0-9a-f]{12}\n\s+hash: [0-9a-f]{16}/,
    );
  });
});
