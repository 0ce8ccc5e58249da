import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Imported } from '../../../schemas/imported.ts';
import { dataOf } from '../../contribute/edit-yaml.ts';
import type { EntryCollection } from '../draft.ts';

export interface ExistingEntry {
  collection: EntryCollection;
  id: string;
  text: string;
  data: Record<string, unknown>;
  imported?: Imported;
}

export const ENTRY_COLLECTIONS: EntryCollection[] = ['organizations', 'groups', 'services'];

/** The entry files already in a content folder, read as written (an unreadable one keeps its id only). */
export async function existingEntries(root: string): Promise<ExistingEntry[]> {
  const found: ExistingEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    let names: string[];
    try {
      names = await readdir(path.join(root, collection));
    } catch {
      continue;
    }
    for (const name of names.filter((file) => /\.ya?ml$/.test(file)).sort()) {
      const text = await readFile(path.join(root, collection, name), 'utf8');
      let data: Record<string, unknown> = {};
      try {
        data = dataOf(text);
      } catch {
        // A file that is not YAML is the validator's to report; its name stays taken.
      }
      const imported = typeof data.imported === 'object' ? (data.imported as Imported) : undefined;
      found.push({
        collection,
        id: name.replace(/\.ya?ml$/, ''),
        text,
        data,
        ...(imported ? { imported } : {}),
      });
    }
  }
  return found;
}
