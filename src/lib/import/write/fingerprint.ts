import { createHash } from 'node:crypto';

/** Keys in a stable order, so the same fields give the same text whatever order they were written in. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * The fingerprint of an entry's fields, `imported` left out: stored when the importer writes an entry,
 * and compared at the next import to learn whether someone has edited it since. Sixteen hex digits of
 * SHA-256 are plenty to notice a change and short enough to sit in the file.
 */
export function fingerprint(data: Record<string, unknown>): string {
  const { imported: _imported, ...fields } = data;
  return createHash('sha256')
    .update(JSON.stringify(stable(fields)))
    .digest('hex')
    .slice(0, 16);
}
