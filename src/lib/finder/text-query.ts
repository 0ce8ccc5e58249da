import type { ListFacet } from './query.ts';

/**
 * What the finder's search box understands. Words that name something the directory knows — a topic or
 * one of its other names ("bereavement", "VIH"), an area, a language ("Spanish", "español"), who a group
 * is for, an access need, a day, a time of day, "tonight" — become filters, so "spanish" finds groups
 * held in Spanish rather than every page that links to a Spanish translation. The other words must
 * appear in an entry's name or its extra search words. Matching ignores case and accents.
 */

export type Constraint = { facet: ListFacet | 'when'; value: string };

/** Phrases people type, in normalised form, and what each means. */
export type Vocabulary = Map<string, Constraint[]>;

export interface ParsedText {
  /** Filters the words asked for, by facet. */
  constraints: Map<Constraint['facet'], Set<string>>;
  /** The words that must be in the name. */
  words: string[];
  /** The phrases understood as filters, as typed (normalised), for saying back what was understood. */
  understood: string[];
}

const LONGEST_PHRASE = 5;

/** Lower case, no accents, punctuation as spaces: "Español, HIV+" → "espanol hiv+". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** Adds a phrase meaning `constraint`; a phrase may mean several things ("free": free and donation). */
export function addPhrase(vocabulary: Vocabulary, phrase: string, constraint: Constraint): void {
  const key = normalise(phrase);
  if (!key) return;
  const meanings = vocabulary.get(key) ?? [];
  if (!meanings.some((known) => known.facet === constraint.facet && known.value === constraint.value))
    meanings.push(constraint);
  vocabulary.set(key, meanings);
}

/** The phrase at `start` that the vocabulary knows, longest first, also trying it without a plural "s". */
function phraseAt(tokens: readonly string[], start: number, vocabulary: Vocabulary) {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length > 0; length--) {
    const phrase = tokens.slice(start, start + length).join(' ');
    const meanings =
      vocabulary.get(phrase) ?? (phrase.endsWith('s') ? vocabulary.get(phrase.slice(0, -1)) : undefined);
    if (meanings) return { phrase, length, meanings };
  }
  return undefined;
}

/** Splits what was typed into filters and name words; `ignored` words (for, the, near…) are dropped. */
export function parseText(text: string, vocabulary: Vocabulary, ignored: ReadonlySet<string>): ParsedText {
  const tokens = normalise(text).split(' ').filter(Boolean);
  const parsed: ParsedText = { constraints: new Map(), words: [], understood: [] };
  for (let at = 0; at < tokens.length; ) {
    const found = phraseAt(tokens, at, vocabulary);
    if (found) {
      for (const { facet, value } of found.meanings) {
        const values = parsed.constraints.get(facet) ?? new Set<string>();
        values.add(value);
        parsed.constraints.set(facet, values);
      }
      parsed.understood.push(found.phrase);
      at += found.length;
      continue;
    }
    const token = tokens[at] ?? '';
    if (!ignored.has(token)) parsed.words.push(token);
    at++;
  }
  return parsed;
}

/** An entry's name and extra words, ready to match typed words against. */
export function nameTokens(name: string, extra = ''): string[] {
  return normalise(`${name} ${extra}`).split(' ').filter(Boolean);
}

/** Whether every typed word begins a word of the name (so "rec" finds "Recovery"). */
export function matchesWords(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => tokens.some((token) => token.startsWith(word)));
}
