import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readerFor } from '../../src/lib/import/readers.ts';
import { type ImportFormat, type ImportRequest, runImport } from '../../src/lib/import/run-import.ts';
import { FIXTURE_CONTENT, FIXTURE_TODAY } from './fixture-site.ts';

/** An empty folder to import into, removed by `remove`. */
export async function emptyFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), 'circles-import-test-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** Runs an import as the command does, settings from the basic fixture unless `root` says otherwise. */
export function importFile(
  format: ImportFormat,
  input: string,
  options: Partial<ImportRequest> & { map?: string } = {},
) {
  const { map, ...rest } = options;
  return runImport({
    format,
    input,
    root: FIXTURE_CONTENT,
    update: false,
    dryRun: false,
    today: FIXTURE_TODAY,
    topic: 'recovery',
    category: 'case-management',
    read: readerFor(format, map),
    ...rest,
  });
}
