/** A content file's text, or why it cannot be read as text: what the fix is, in a volunteer's words. */
export type DecodedText = { text: string } | { problem: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let at = 0; at < offset; at++) if (bytes[at] === 0x0a) line++;
  return line;
};

/** UTF-16 starts with a byte order mark, or (without one) has a zero byte beside nearly every letter. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 200);
  const zeros = sample.filter((byte) => byte === 0).length;
  return sample.length >= 4 && zeros >= sample.length / 3;
}

/**
 * The bytes of a content file as text. Content is UTF-8 (a byte order mark is allowed): a file saved
 * as UTF-16 gets its own message, other encodings (Windows-1252, Latin-1) a message naming the line of
 * the first byte that is not UTF-8, and a NUL byte means the file is not text at all. Decoding never
 * guesses, so a page never shows "�" where a letter was.
 */
export function decodeContentText(bytes: Uint8Array): DecodedText {
  if (looksLikeUtf16(bytes))
    return {
      problem:
        'is saved as UTF-16, which the site cannot read — save it again as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    };
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      problem: `holds a NUL byte on line ${lineAt(bytes, nul)}, so it is not a text file — open it in a text editor and save it again, or recreate it from a copy of another entry`,
    };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return {
      problem: `is not UTF-8 from line ${lineAt(bytes, firstInvalidByte(bytes))} on (it was probably saved as Windows-1252 or Latin-1) — save it again as UTF-8, then check the accented letters on that line`,
    };
  }
}

/** Where the first byte that cannot start or continue a UTF-8 character is. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes: found by halving, since each try decodes a prefix.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
