import type { Directory } from '../../directory/types.ts';
import { type HsdsDataset, hsdsDataset } from './dataset.ts';
import { hsdsTables, publishedDatapackage, tableCsv, tableFiles } from './tabular.ts';

type FilesDirectory = Parameters<typeof hsdsDataset>[0] & Pick<Directory, 'site'>;

// The rows are the dataset's own objects, so keeping them costs little; the CSV text is made when asked
// for and not kept (the tables' text was 21 MiB of the build's memory at 10,000 entries, held to the end).
const tablesMade = new WeakMap<HsdsDataset, ReturnType<typeof hsdsTables>>();

function tablesOf(directory: FilesDirectory) {
  const dataset = hsdsDataset(directory);
  let tables = tablesMade.get(dataset);
  if (!tables) {
    tables = hsdsTables(dataset);
    tablesMade.set(dataset, tables);
  }
  return tables;
}

/** The names of the tabular form's files, as the datapackage names them, descriptor last. */
export const tabularFileNames = [...tableFiles.map(({ path }) => path), 'datapackage.json'];

/** One file of the tabular form: a table's CSV, or the descriptor. */
export function tabularFile(directory: FilesDirectory, path: string): string {
  if (path === 'datapackage.json')
    return `${JSON.stringify(publishedDatapackage(directory.site), null, 2)}\n`;
  const table = tableFiles.find((file) => file.path === path);
  if (!table) throw new RangeError(`${path} is not a file of the HSDS tabular form`);
  return tableCsv(table.name, tablesOf(directory).get(table.name) ?? []);
}

/** Every file of the tabular form, descriptor last (for the zip, which holds them all). */
export function tabularFiles(directory: FilesDirectory): { path: string; text: string }[] {
  return tabularFileNames.map((path) => ({ path, text: tabularFile(directory, path) }));
}
