import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document } from 'yaml';
import type { NewArea, NewTopic } from '../draft.ts';

/** areas.yaml or topics.yaml with new items added at the end, the file's own text left as it was. */
export function appendItems(text: string, items: (NewArea | NewTopic)[], comment: string): string {
  if (items.length === 0) return text;
  const yaml = new Document(items).toString({ lineWidth: 0, flowCollectionPadding: false });
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}# ${comment}\n${yaml}`;
}

/** The new text of areas.yaml and topics.yaml after an import, for those that change. */
export async function listFiles(
  root: string,
  plan: { areas: NewArea[]; topics: NewTopic[] },
  source: string,
): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  const lists: [string, (NewArea | NewTopic)[], string][] = [
    [
      'areas.yaml',
      plan.areas,
      `Added by the import of ${source}: check each centre (a public landmark, never a venue).`,
    ],
    ['topics.yaml', plan.topics, `Added by the import of ${source}: check each label and description.`],
  ];
  for (const [name, items, comment] of lists) {
    if (items.length === 0) continue;
    const text = await readFile(path.join(root, name), 'utf8').catch(() => '');
    files.push({ path: name, text: appendItems(text, items, comment) });
  }
  return files;
}
