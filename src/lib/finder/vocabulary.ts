import type { FinderStrings } from '../../i18n/en/finder.ts';
import { weekdayCodes } from '../../schemas/vocabularies.ts';
import type { FinderIndex } from './finder-data.ts';
import { addPhrase, type Constraint, type Vocabulary } from './text-query.ts';

/** The weekday names of a language, long and short, Monday first: [["monday", "mon"], …]. */
export function weekdayWords(lang: string): string[][] {
  const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return weekdayCodes.map((_, day) => {
    const date = Date.UTC(2024, 0, 1 + day);
    return [long.format(date), short.format(date).replace(/\.$/, '')];
  });
}

/** A language label such as "Spanish (español)" gives both names as words. */
const labelNames = (label: string) => label.split(/\s*[()]\s*/).filter(Boolean);

/**
 * Everything the search box understands in one language: the directory's own words (topic labels and
 * their other names from synonyms.yaml, areas, languages, kinds of service) and the interface's words
 * for kinds, times, attendance, cost, audiences and access needs.
 */
export function buildVocabulary(
  index: FinderIndex,
  topicWords: readonly (readonly string[])[],
  strings: FinderStrings,
): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  const add = (phrase: string, constraint: Constraint) => addPhrase(vocabulary, phrase, constraint);
  const v = index.vocabulary;
  v.topic.forEach(([id, label], position) => {
    add(label, { facet: 'topic', value: id });
    add(id.replaceAll('-', ' '), { facet: 'topic', value: id });
    for (const word of topicWords[position] ?? []) add(word, { facet: 'topic', value: id });
  });
  for (const [id, label] of v.area) {
    add(label, { facet: 'area', value: id });
    add(id.replaceAll('-', ' '), { facet: 'area', value: id });
  }
  for (const [tag, label] of v.language)
    for (const name of labelNames(label)) add(name, { facet: 'language', value: tag });
  for (const [id, label] of v.category) add(label, { facet: 'category', value: id });
  const words = strings.words;
  const each = (facet: Constraint['facet'], table: Record<string, readonly string[]>) => {
    for (const [value, phrases] of Object.entries(table))
      for (const phrase of phrases) add(phrase, { facet, value });
  };
  each('kind', words.kind);
  each('when', words.when);
  each('time', words.time);
  each('attendance', words.attendance);
  each('cost', words.cost);
  each('audience', words.audience);
  each('access', words.access);
  weekdayWords(index.lang).forEach((names, day) => {
    for (const name of names) add(name, { facet: 'day', value: weekdayCodes[day] ?? 'MO' });
  });
  return vocabulary;
}
