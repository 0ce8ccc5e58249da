/**
 * Text from other systems as the plain text our schemas want. Feeds and directories often hold HTML
 * (WordPress notes, 211 descriptions): tags become line breaks or nothing, entities their characters, and
 * the caller is told, so the report can say the text was changed.
 */
import { decodeEntities } from '../text.ts';

const TAG = /<\/?[a-z!][^>]*>/gi;
const BREAKING = /<\s*(?:br\s*\/?|\/\s*(?:p|div|li|h[1-6]|tr)\s*)>/gi;

/** `{ text, hadHtml }`: the text with tags removed and entities decoded, paragraphs kept. */
export function stripHtml(value: string): { text: string; hadHtml: boolean } {
  const hadHtml = /<\/?[a-z!][^>]*>/i.test(value) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(value);
  if (!hadHtml) return { text: value.trim(), hadHtml };
  const text = decodeEntities(
    value
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\s*li\b[^>]*>/gi, '\n- ')
      .replace(BREAKING, '\n')
      .replace(TAG, ''),
  )
    // A decoded "&lt;b&gt;" is a tag again; it goes too, as the schema refuses tags in any text.
    .replace(TAG, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, hadHtml };
}

/** Cuts text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface TextOptions {
  /** The field's name in the report. */
  field: string;
  max: number;
  /** One line (names, summaries): line breaks become spaces. */
  line?: boolean;
}

/**
 * A source's text for one field: plain, within the field's length, or undefined when there is none.
 * What was changed is added to `notes` in words for the report.
 */
export function importText(value: unknown, options: TextOptions, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    notes.push(`${options.field} is not text (${typeof value}); left out`);
    return undefined;
  }
  const { text: plain, hadHtml } = stripHtml(String(value));
  if (hadHtml) notes.push(`${options.field} held HTML; written as plain text — check its line breaks`);
  const text = options.line ? plain.replace(/\s*\n\s*/g, ' ') : plain;
  if (text === '') return undefined;
  if (text.length > options.max) {
    notes.push(`${options.field} was ${text.length} characters; cut to ${options.max} — check the end`);
    return shorten(text, options.max);
  }
  return text;
}
