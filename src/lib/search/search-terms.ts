import type { SynonymData } from '../../schemas/synonyms.ts';
import type { PublicEntry } from '../directory/types.ts';

const words = (text: string) => text.toLocaleLowerCase('en');
/** "español" → "espanol": people often type without accents. */
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Words an entry should be found by that its page does not show: synonyms and misspellings from
 * content/synonyms.yaml, and its languages' names typed without accents. The page's own text (name,
 * topics, area, "Spanish (español)") is indexed as shown, so it is not repeated here.
 */
export function searchTerms(
  entry: PublicEntry,
  synonyms: readonly SynonymData[],
  languageName: (tag: string) => string,
): string[] {
  const topicIds = new Set(entry.topics.map((topic) => topic.id));
  const text = words([entry.name, entry.summary, ...entry.description].join(' '));
  const terms = synonyms
    .filter(
      (synonym) =>
        synonym.topics.some((topic) => topicIds.has(topic)) ||
        synonym.words.some((word) => text.includes(words(word))),
    )
    .flatMap((synonym) => synonym.terms);
  const languages = entry.languages.map(languageName);
  terms.push(...languages.map(withoutAccents).filter((name) => !languages.includes(name)));
  return [...new Set(terms)];
}
