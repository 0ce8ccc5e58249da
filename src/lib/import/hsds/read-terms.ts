import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { TAXONOMY } from '../../open-data/hsds/taxonomies.ts';
import { list, object, str } from './hsds-values.ts';

/** A service's taxonomy terms, by taxonomy name (our exports name theirs `circles-…`). */
export interface Terms {
  codes: (taxonomy: string) => string[];
  /** The term's own name and description, for topics new to the folder. */
  term: (taxonomy: string, code: string) => { name?: string | undefined; description?: string | undefined };
}

const OURS = new Set<string>(Object.values(TAXONOMY));

export function readTerms(service: HsdsObject, notes: string[]): Terms {
  const terms = list(service.attributes).flatMap((attribute) => {
    const term = object(attribute.taxonomy_term);
    return term
      ? [
          {
            taxonomy: str(term.taxonomy) ?? str(object(term.taxonomy_detail)?.name) ?? '',
            code: str(term.code) ?? '',
            term,
          },
        ]
      : [];
  });
  for (const { taxonomy, code, term } of terms)
    if (!OURS.has(taxonomy))
      notes.push(
        `attribute "${str(term.name) ?? code}" (taxonomy "${taxonomy || 'unnamed'}") has no field in Circles; left out`,
      );
  return {
    codes: (taxonomy) => terms.filter((item) => item.taxonomy === taxonomy).map((item) => item.code),
    term: (taxonomy, code) => {
      const found = terms.find((item) => item.taxonomy === taxonomy && item.code === code)?.term;
      return {
        ...(found?.name ? { name: str(found.name) } : {}),
        ...(found?.description ? { description: str(found.description) } : {}),
      };
    },
  };
}
