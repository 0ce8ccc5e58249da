import { ImportInputError } from './import-input-error.ts';

/**
 * Bytes as UTF-8 text, without a byte-order mark. Anything else is refused rather than read with wrong
 * letters: a spreadsheet saved as UTF-16 or Latin-1 would turn "Señora" into "SeÃ±ora" on the site.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new ImportInputError(
      `${name} is saved as UTF-16 — save or export it again as UTF-8 (in a spreadsheet: "CSV UTF-8")`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportInputError(
      `${name} is not UTF-8 text (${firstBadByte(bytes)}) — save or export it again as UTF-8 (in a spreadsheet: "CSV UTF-8"); if it is a zip or a picture, it is the wrong file`,
    );
  }
  if (text.includes('\u0000'))
    throw new ImportInputError(`${name} holds binary data, not text — check that it is the right file`);
  return text.replace(/^\ufeff/, '');
}

function firstBadByte(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0x0a) line++;
    if ((bytes[index] ?? 0) < 0x80) continue;
    const width = Math.min(4, bytes.length - index);
    const ok = [2, 3, 4].some((size) => {
      if (size > width) return false;
      try {
        decoder.decode(bytes.subarray(index, index + size));
        return true;
      } catch {
        return false;
      }
    });
    if (!ok) return `line ${line} has byte 0x${(bytes[index] ?? 0).toString(16).toUpperCase()}`;
    index += 1;
  }
  return 'an invalid byte';
}
