/**
 * What reading one answer of an issue form gives: a value the schema accepts, or a problem in words the
 * person who filed it understands. Readers never guess: an answer that could mean two things is a problem.
 */
export type Reading<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

export const read = <T>(value: T): Reading<T> => ({ value });
export const cannotRead = (problem: string): { value?: undefined; problem: string } => ({ problem });

/**
 * Answers written in a language, normalised for matching: lowercase, accents dropped, punctuation
 * spaced out except what a reader needs (digits, `:` and `.` in times, `-` in ranges).
 */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[–—]/g, ' - ')
    .replace(/(\p{L})-(\p{L})/gu, '$1 - $2')
    .replace(/[,;&/+()]/g, ' , ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Items of a list answer: one per line or separated by commas or semicolons. */
export function listItems(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.replace(/^\s*[-*•]\s+/, '').trim())
    .filter(Boolean);
}

/** A quoted answer for a message: `"7pm"`. */
export const quote = (text: string) => JSON.stringify(text.trim());
