import type { PublicEntry } from '../directory/types.ts';
import { decodeEntities } from '../text.ts';
import { textsOf } from '../validation/placeholder-text.ts';
import { HINT_NOUN, placeHints } from './place-hints.ts';

/**
 * The text a reader sees in a piece of HTML, and the addresses its links go to: what the place-text
 * detector reads in a built page. Scripts and styles are not text; tags become spaces.
 */
export function visibleText(html: string): string {
  const links = [...html.matchAll(/\bhref="([^"]*)"/g)].map((match) => match[1] ?? '');
  const text = decodeEntities(
    html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' '),
  ).replace(/\s+/g, ' ');
  return [text, ...links].join('\n');
}

/** Every string in a JSON value, one per line: free text, never the numbers a point is written in. */
export const stringsIn = (value: unknown): string =>
  textsOf(value)
    .map((text) => text.value)
    .join('\n');

/**
 * What a built text says about a private place (an `area` or `on_request` entry's, or an online-only
 * entry's): the validator's own detector (place-hints.ts) run over what was published, so a street, a
 * coordinate pair or a map link that reached an output by any road fails the build.
 */
export function placeTextLeaks(file: string, entry: PublicEntry, text: string, where: string): string[] {
  if (entry.location.kind === 'address') return [];
  return placeHints(text).map(
    (hint) =>
      `${file}: ${where} about ${entry.url} (${entry.location.kind}) shows ${HINT_NOUN[hint.kind]}: "${hint.text}"`,
  );
}
