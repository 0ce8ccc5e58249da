/** Splits plain text into paragraphs at blank lines, joining the lines inside each paragraph. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** Sorts by a text key the way people expect (accents and case ignored), then by id so ties are stable. */
export function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  return (
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
