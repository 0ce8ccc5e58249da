import type { ImportContext, ImportDrafts } from './draft.ts';
import { readHsds } from './hsds/read-hsds.ts';
import { decodeText } from './input/decode-text.ts';
import { readInputBytes } from './input/read-input.ts';
import { readMeetingGuideFeed } from './meeting-guide/read-feed.ts';
import { readSheet } from './meeting-guide/read-sheet.ts';
import type { ImportFormat } from './run-import.ts';

/** The reader of each format: an input (file, folder or address) to drafts. */
export function readerFor(format: ImportFormat, mapFile?: string) {
  const readers: Record<ImportFormat, (input: string, ctx: ImportContext) => Promise<ImportDrafts>> = {
    'meeting-guide': async (input, ctx) =>
      readMeetingGuideFeed(decodeText(await readInputBytes(input), input), input, ctx),
    sheet: async (input, ctx) =>
      readSheet(decodeText(await readInputBytes(input), input), input, ctx, mapFile),
    hsds: (input, ctx) => readHsds(input, ctx),
  };
  return readers[format];
}
