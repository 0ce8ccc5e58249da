import { getCollection } from 'astro:content';
import type { SynonymData } from '../../schemas/synonyms.ts';

let synonyms: Promise<SynonymData[]> | undefined;

/** content/synonyms.yaml, read once per build (an absent file gives an empty list). */
export function getSynonyms(): Promise<SynonymData[]> {
  synonyms ??= getCollection('synonyms').then((entries) => entries.map((entry) => entry.data));
  return synonyms;
}
