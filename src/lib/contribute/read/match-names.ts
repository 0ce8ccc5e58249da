import { comparable } from '../../text.ts';
import { closest } from '../../validation/did-you-mean.ts';
import { cannotRead, listItems, quote, type Reading, read } from './reading.ts';

/**
 * Topics, areas and organisations named the way people name them: by id or by label, in any case, with
 * or without accents, in any of the site's languages ("HIV", "VIH", "salud mental"), by one of the
 * search synonyms of a topic ("PLHIV"), or by the words of exactly one label ("grief" for "Grief and
 * loss"). Two candidates are never chosen between: the answer is asked about.
 */

export interface Named {
  id: string;
  /** Its labels in every language written, or an organisation's name. */
  names: string[];
  /** Other words that mean it (topics: the terms of synonyms.yaml lines naming only this topic). */
  synonyms?: string[];
}

const wordsOf = (text: string) => comparable(text).split(' ').filter(Boolean);

export function matchName(answer: string, items: readonly Named[], what: string): Reading<string> {
  const wanted = comparable(answer);
  const exact = items.filter(
    (item) =>
      comparable(item.id) === wanted ||
      item.names.some((name) => comparable(name) === wanted) ||
      item.synonyms?.some((term) => comparable(term) === wanted),
  );
  if (exact.length === 1 && exact[0]) return read(exact[0].id);
  const answerWords = wordsOf(answer);
  const containing =
    exact.length > 1
      ? exact
      : answerWords.some((word) => word.length >= 3)
        ? items.filter((item) =>
            item.names.some((name) => {
              const nameWords = new Set(wordsOf(name));
              return answerWords.every((word) => nameWords.has(word));
            }),
          )
        : [];
  if (containing.length === 1 && containing[0]) return read(containing[0].id);
  const shown = (list: readonly Named[]) => list.map((item) => item.names[0] ?? item.id).join(', ');
  if (containing.length > 1)
    return cannotRead(`${quote(answer)} could be ${shown(containing)} — write the one you mean`);
  const meant = closest(
    wanted,
    items.flatMap((item) => item.names.map(comparable)),
  );
  return cannotRead(
    `${quote(answer)} is not ${what} on the site${meant ? ` — did you mean ${meant}?` : ''} — use one of ${shown(items)}, or ask a maintainer to add it`,
  );
}

/** A list of names: "HIV, mental health", or one per line. "Grief and loss" stays whole when it is a label. */
export function matchNames(answer: string, items: readonly Named[], what: string): Reading<string[]> {
  const ids: string[] = [];
  for (const item of listItems(answer)) {
    const whole = matchName(item, items, what);
    const parts = whole.value === undefined ? item.split(/\s+(?:and|y|&)\s+|\s*\/\s*/i) : [item];
    for (const part of parts) {
      const one = parts.length === 1 ? whole : matchName(part, items, what);
      if (one.problem !== undefined)
        return cannotRead(parts.length === 1 ? one.problem : (whole.problem ?? one.problem));
      if (!ids.includes(one.value)) ids.push(one.value);
    }
  }
  return ids.length > 0 ? read(ids) : cannotRead(`names no ${what}`);
}
