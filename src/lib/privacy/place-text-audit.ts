import type { PublicEntry } from '../directory/types.ts';
import { type PlaceHint, placeHints } from './place-hints.ts';

const WHAT: Record<PlaceHint['kind'], string> = {
  street: 'a street address',
  coordinates: 'a coordinate pair',
  'map link': 'a map link with a position',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The text a reader sees in a piece of HTML, and the addresses its links go to: what the place-text
 * detector reads in a built page. Scripts and styles are not text; tags become spaces.
 */
export function visibleText(html: string): string {
  const links = [...html.matchAll(/\bhref="([^"]*)"/g)].map((match) => match[1] ?? '');
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_whole, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ');
  return [text, ...links].join('\n');
}

/** Every string in a JSON value, one per line: free text, never the numbers a point is written in. */
export function stringsIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(stringsIn).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(stringsIn).join('\n');
  return '';
}

/**
 * What a built text says about a private place (an `area` or `on_request` entry's, or an online-only
 * entry's): the validator's own detector (place-hints.ts) run over what was published, so a street, a
 * coordinate pair or a map link that reached an output by any road fails the build.
 */
export function placeTextLeaks(file: string, entry: PublicEntry, text: string, where: string): string[] {
  if (entry.location.kind === 'address') return [];
  return placeHints(text).map(
    (hint) =>
      `${file}: ${where} about ${entry.url} (${entry.location.kind}) shows ${WHAT[hint.kind]}: "${hint.text}"`,
  );
}
