import type { SynonymData } from '../../schemas/synonyms.ts';
import { optionalCollection } from '../directory/load-directory.ts';

let synonyms: Promise<SynonymData[]> | undefined;

/** content/synonyms.yaml, read once per build (an absent file gives an empty list). */
export function getSynonyms(): Promise<SynonymData[]> {
  synonyms ??= optionalCollection('synonyms').then((entries) => entries.map((entry) => entry.data));
  return synonyms;
}
