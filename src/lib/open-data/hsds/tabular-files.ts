import type { Directory } from '../../directory/types.ts';
import { hsdsDataset } from './dataset.ts';
import { hsdsTables, publishedDatapackage, tableCsv, tableFiles } from './tabular.ts';

type FilesDirectory = Parameters<typeof hsdsDataset>[0] & Pick<Directory, 'site'>;

const built = new WeakMap<FilesDirectory, { path: string; text: string }[]>();

/** Every file of the tabular form, named as the datapackage names them, descriptor last; built once. */
export function tabularFiles(directory: FilesDirectory): { path: string; text: string }[] {
  let files = built.get(directory);
  if (!files) {
    const tables = hsdsTables(hsdsDataset(directory));
    files = [
      ...tableFiles.map(({ name, path }) => ({ path, text: tableCsv(name, tables.get(name) ?? []) })),
      {
        path: 'datapackage.json',
        text: `${JSON.stringify(publishedDatapackage(directory.site), null, 2)}\n`,
      },
    ];
    built.set(directory, files);
  }
  return files;
}
