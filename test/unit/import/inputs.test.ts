import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { readContentFolder } from '../../../src/lib/directory/read-content-folder.ts';
import { hsdsZip } from '../../../src/lib/open-data/hsds/tabular.ts';
import { tabularFiles } from '../../../src/lib/open-data/hsds/tabular-files.ts';
import { meetingGuideFeed } from '../../../src/lib/open-data/meeting-guide.ts';
import { FIXTURE_CONTENT, FIXTURE_TODAY } from '../../support/fixture-site.ts';
import { emptyFolder, importFile } from '../../support/run-import.ts';
import { serveStatic } from '../../support/static-server.ts';

/** The same data reaches the importer as a folder, a zip or a web address, and gives the same files. */
let folder: string;
let remove: () => Promise<void>;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  ({ folder, remove } = await emptyFolder());
  const directory = buildDirectory(await readContentFolder(FIXTURE_CONTENT), FIXTURE_TODAY);
  const files = tabularFiles(directory);
  await mkdir(path.join(folder, 'csv'));
  for (const file of files) await writeFile(path.join(folder, 'csv', file.path), file.text);
  await writeFile(path.join(folder, 'hsds-csv.zip'), hsdsZip(files, FIXTURE_TODAY));
  await mkdir(path.join(folder, 'site'));
  await writeFile(
    path.join(folder, 'site', 'meeting-guide.json'),
    JSON.stringify(meetingGuideFeed(directory, FIXTURE_TODAY).meetings),
  );
  server = await serveStatic(path.join(folder, 'site'));
});
afterAll(async () => {
  await server.close();
  await remove();
});

let runs = 0;
const written = async (format: 'hsds' | 'meeting-guide', input: string) => {
  const { plan } = await importFile(format, input, {
    out: path.join(folder, `out-${++runs}`),
    dryRun: true,
    source: 'same',
  });
  return plan.files.map((file) => [file.path, file.text]);
};

describe('where an import reads from', () => {
  it('reads HSDS tabular data from its zip as from its folder', async () => {
    const fromZip = await written('hsds', path.join(folder, 'hsds-csv.zip'));
    expect(fromZip.length).toBeGreaterThan(10);
    expect(fromZip).toEqual(await written('hsds', path.join(folder, 'csv')));
  });

  it('reads a Meeting Guide feed from its web address as from a file', async () => {
    const fromUrl = await written('meeting-guide', `${server.url}/meeting-guide.json`);
    expect(fromUrl.length).toBeGreaterThan(0);
    expect(fromUrl).toEqual(await written('meeting-guide', path.join(folder, 'site', 'meeting-guide.json')));
  });
});
