import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { readContentFolder } from '../../../src/lib/directory/read-content-folder.ts';
import type { Directory, PublicEntry } from '../../../src/lib/directory/types.ts';
import { hsdsDataset } from '../../../src/lib/open-data/hsds/dataset.ts';
import { tabularFiles } from '../../../src/lib/open-data/hsds/tabular-files.ts';
import { meetingGuideFeed } from '../../../src/lib/open-data/meeting-guide.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { FIXTURE_CONTENT, FIXTURE_TODAY } from '../../support/fixture-site.ts';
import { emptyFolder, importFile } from '../../support/run-import.ts';

/**
 * The fixture directory exported with our own export code, imported into empty folders, validated and
 * compared entry by entry through the public view. What differs is only what the format cannot carry;
 * each format's list below says what that is and why.
 */

type Field = keyof PublicEntry | 'audiences' | 'ledBy' | 'newcomers' | 'contact' | 'online' | 'hoursNotes';

/** Fields the comparison never looks at: addresses of pages, and which language each text was in. */
const BOOKKEEPING = ['id', 'url', 'source', 'textLang', 'descriptionElsewhere', 'stale'];

const NOT_CARRIED: Record<'meeting-guide' | 'hsds-json' | 'hsds-csv', Field[]> = {
  // The feed lists meetings, not groups: no topics, host, cost, leadership, newcomers' notes, contact,
  // warnings or full description; audiences and access features only where a type code exists.
  'meeting-guide': [
    'topics',
    'organization',
    'cost',
    'ledBy',
    'newcomers',
    'contact',
    'contentWarning',
    'description',
    'audiences',
    'accessibility',
  ],
  // HSDS has no field for newcomers' notes, content warnings, a contact form or hours notes; access
  // features belong to a physical location (an online group's captions have none).
  'hsds-json': ['newcomers', 'contentWarning', 'contact', 'hoursNotes', 'accessibility'],
  'hsds-csv': ['newcomers', 'contentWarning', 'contact', 'hoursNotes', 'accessibility'],
};

/** A public venue whose address lacks a state or postal code: HSDS cannot hold it as an address. */
const INCOMPLETE_ADDRESSES = [
  'old-market-bereavement-cafe',
  'northgate-legal-clinic',
  'northgate-rapid-testing',
];

let original: Directory;
const folders: (() => Promise<void>)[] = [];
const views = new Map<string, Directory>();
const problems = new Map<string, string[]>();

async function imported(name: string, format: 'meeting-guide' | 'hsds', input: string) {
  const { folder, remove } = await emptyFolder();
  folders.push(remove);
  await importFile(format, input, { out: path.join(folder, 'content') });
  const result = await validateContent(path.join(folder, 'content'));
  problems.set(
    name,
    result.problems.map((problem) => `${problem.file} ${problem.field} ${problem.message}`),
  );
  views.set(name, buildDirectory(await readContentFolder(path.join(folder, 'content')), FIXTURE_TODAY));
}

beforeAll(async () => {
  original = buildDirectory(await readContentFolder(FIXTURE_CONTENT), FIXTURE_TODAY);
  const { folder, remove } = await emptyFolder();
  folders.push(remove);
  await writeFile(
    path.join(folder, 'feed.json'),
    JSON.stringify(meetingGuideFeed(original, FIXTURE_TODAY).meetings),
  );
  await writeFile(path.join(folder, 'services.json'), JSON.stringify(hsdsDataset(original).services));
  await mkdir(path.join(folder, 'csv'));
  for (const file of tabularFiles(original)) await writeFile(path.join(folder, 'csv', file.path), file.text);
  await imported('meeting-guide', 'meeting-guide', path.join(folder, 'feed.json'));
  await imported('hsds-json', 'hsds', path.join(folder, 'services.json'));
  await imported('hsds-csv', 'hsds', path.join(folder, 'csv'));
});

afterAll(async () => {
  for (const remove of folders) await remove();
});

const entries = (directory: Directory): PublicEntry[] => [...directory.groups, ...directory.services];

function comparable(entry: PublicEntry, leaveOut: string[]) {
  const copy: Record<string, unknown> = { ...entry };
  for (const field of [...BOOKKEEPING, ...leaveOut]) delete copy[field];
  return copy;
}

describe.each(['meeting-guide', 'hsds-json', 'hsds-csv'] as const)('a round trip through %s', (format) => {
  it('writes a content folder that validates', () => {
    expect(problems.get(format)).toEqual([]);
  });

  it('brings every entry the format carries back with the same public view, but for what it cannot carry', () => {
    const view = views.get(format) as Directory;
    const back = new Map(entries(view).map((entry) => [entry.name, entry]));
    for (const entry of entries(original)) {
      const again = back.get(entry.name);
      if (!again) continue;
      const address =
        format !== 'meeting-guide' && INCOMPLETE_ADDRESSES.includes(entry.id) ? ['location'] : [];
      expect(comparable(again, [...NOT_CARRIED[format], ...address]), entry.id).toEqual(
        comparable(entry, [...NOT_CARRIED[format], ...address]),
      );
    }
  });
});

describe('what each format leaves out of a round trip', () => {
  it('the Meeting Guide feed carries weekly, active groups with a public way in, and no services', () => {
    const names = entries(views.get('meeting-guide') as Directory)
      .map((entry) => entry.name)
      .sort();
    const feed = meetingGuideFeed(original, FIXTURE_TODAY);
    expect(names).toEqual([...new Set(feed.meetings.map((meeting) => meeting.name))].sort());
    expect(views.get('meeting-guide')?.services).toEqual([]);
  });

  it('HSDS carries every group and service; an incomplete street address comes back as its area only', () => {
    for (const format of ['hsds-json', 'hsds-csv']) {
      const view = views.get(format) as Directory;
      expect(
        entries(view)
          .map((entry) => entry.name)
          .sort(),
      ).toEqual(
        entries(original)
          .map((entry) => entry.name)
          .sort(),
      );
      for (const id of INCOMPLETE_ADDRESSES) {
        const back = entries(view).find(
          (entry) => entry.name === entries(original).find((e) => e.id === id)?.name,
        );
        expect(back?.location.kind, `${format} ${id}`).toBe('area');
      }
    }
  });

  it("HSDS JSON keeps the entries' ids, so links to them keep working", () => {
    expect(
      entries(views.get('hsds-json') as Directory)
        .map((entry) => entry.id)
        .sort(),
    ).toEqual(
      entries(original)
        .map((entry) => entry.id)
        .sort(),
    );
  });
});
