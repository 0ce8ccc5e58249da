/** A piece of text, and whether it is one of the words searched for. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** Lower case without accents, so "Espanol" matches "español" (one character for one, lengths kept). */
const fold = (text: string) =>
  [...text]
    .map((character) => character.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase() || character)
    .join('');

/**
 * `text` cut into parts, the ones that start with a searched word marked: the words as the visitor typed
 * them, matched at the start of a word, ignoring case and accents, as the search itself does.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  if (words.length === 0) return text ? [{ text, marked: false }] : [];
  const folded = fold(text);
  const parts: TextPart[] = [];
  let plain = 0;
  for (let at = 0; at < text.length; ) {
    const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '');
    const word = startsWord ? words.find((candidate) => folded.startsWith(candidate, at)) : undefined;
    if (!word) {
      at += 1;
      continue;
    }
    if (at > plain) parts.push({ text: text.slice(plain, at), marked: false });
    parts.push({ text: text.slice(at, at + word.length), marked: true });
    at += word.length;
    plain = at;
  }
  if (plain < text.length) parts.push({ text: text.slice(plain), marked: false });
  return parts;
}
