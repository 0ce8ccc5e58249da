import { HINT_NOUN, placeHints, placeIsPrivate } from '../privacy/place-hints.ts';

/** Fields whose values are addresses or links by design, not free text. */
const STRUCTURED = new Set(['url', 'website', 'form', 'email', 'phone', 'area', 'kind']);

/**
 * For an entry written with a private place (an area, on request, or online only), any street address,
 * coordinate pair or map link in its texts is taken out, as the validator would refuse it and the place
 * must not be published through a side door; each removal is reported.
 */
export function hidePlaceHints(data: Record<string, unknown>, notes: string[]): void {
  if (!placeIsPrivate(data)) return;
  const visit = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      let text = value;
      for (const hint of placeHints(value)) {
        text = text.replace(hint.text, '(address not published)');
        notes.push(
          `${path} held ${HINT_NOUN[hint.kind]} ("${hint.text}") while the place is private; taken out`,
        );
      }
      return text;
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, `${path}.${index}`));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          STRUCTURED.has(key) ? item : visit(item, path ? `${path}.${key}` : key),
        ]),
      );
    return value;
  };
  Object.assign(data, visit(data, ''));
}
