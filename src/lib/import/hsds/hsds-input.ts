import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { decodeText } from '../input/decode-text.ts';
import { ImportInputError } from '../input/import-input-error.ts';
import { MAX_INPUT_BYTES, readInputBytes } from '../input/read-input.ts';

/** The files of an HSDS input by their base name: a folder's, a zip's, or one JSON file. */
export type HsdsFiles = Map<string, string>;

async function folderFiles(folder: string): Promise<HsdsFiles> {
  const files: HsdsFiles = new Map();
  let total = 0;
  for (const name of (await readdir(folder)).sort()) {
    if (!/\.(csv|json)$/i.test(name)) continue;
    const file = path.join(folder, name);
    total += (await stat(file)).size;
    if (total > MAX_INPUT_BYTES)
      throw new ImportInputError(
        `${folder} holds more than ${MAX_INPUT_BYTES / 1_000_000} MB of data — import it in parts`,
      );
    files.set(name.toLowerCase(), decodeText(new Uint8Array(await readFile(file)), file));
  }
  return files;
}

function zipFiles(bytes: Uint8Array, name: string): HsdsFiles {
  let entries: Record<string, Uint8Array>;
  try {
    let total = 0;
    entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_INPUT_BYTES * 4)
          throw new ImportInputError(
            `${name} unpacks to more than ${(MAX_INPUT_BYTES * 4) / 1_000_000} MB — import it in parts`,
          );
        return /\.(csv|json)$/i.test(file.name) && !file.name.startsWith('__MACOSX/');
      },
    });
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(
      `${name} is not a readable zip file (${(error as Error).message}) — download or export it again`,
    );
  }
  const files: HsdsFiles = new Map();
  for (const [entry, content] of Object.entries(entries))
    files.set(path.posix.basename(entry).toLowerCase(), decodeText(content, `${name}: ${entry}`));
  return files;
}

/** Reads an HSDS input: a folder or zip of CSV (tabular) or JSON files, or a single JSON file or address. */
export async function hsdsFiles(input: string): Promise<HsdsFiles> {
  const local = !/^https?:\/\//i.test(input);
  if (local && (await stat(input).catch(() => undefined))?.isDirectory()) return folderFiles(input);
  const bytes = await readInputBytes(input);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return zipFiles(bytes, input);
  const text = decodeText(bytes, input);
  if (/\.csv$/i.test(input))
    throw new ImportInputError(
      `${input} is one CSV file — HSDS tabular data is a folder or zip of CSVs (services.csv, organizations.csv…) with its datapackage.json; give the folder or the zip`,
    );
  return new Map([[path.basename(input).toLowerCase() || 'input.json', text]]);
}
