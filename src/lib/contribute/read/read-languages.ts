import { LanguageTagSchema } from '../../../schemas/primitives.ts';
import { memoize } from '../../memoize.ts';
import { comparable } from '../../text.ts';
import { closest } from '../../validation/did-you-mean.ts';
import { cannotRead, listItems, quote, type Reading, read } from './reading.ts';

/**
 * Languages as people name them — "English, Spanish", "inglés y español", "ASL", "Polish" — or as tags
 * (en, es, pl, ase), read onto BCP 47 tags. Names are known in each of the site's languages and in the
 * language's own name, from the runtime's own language names (Intl.DisplayNames).
 */

/** Two-letter codes plus the three-letter ones groups name most: sign languages, Chinese languages. */
const EXTRA_CODES = ['ase', 'bfi', 'lsm', 'yue', 'cmn', 'hmn', 'fil', 'haw', 'nv', 'chr'];
/** Names the runtime does not give, or gives another way. */
const EXTRA_NAMES: Record<string, string> = {
  asl: 'ase',
  'sign language': 'ase',
  'lengua de senas': 'ase',
  'lengua de senas americana': 'ase',
  mandarin: 'zh',
  cantonese: 'yue',
  farsi: 'fa',
  castellano: 'es',
};

const namesIn = memoize((langs: string): Map<string, string> => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).concat(EXTRA_CODES);
  const names = new Map<string, string>(Object.entries(EXTRA_NAMES));
  for (const lang of langs.split(',')) {
    const display = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && !names.has(comparable(name))) names.set(comparable(name), code);
    }
  }
  for (const code of codes) {
    try {
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      if (own && !names.has(comparable(own))) names.set(comparable(own), code);
    } catch {
      // no display data for this code in its own language
    }
  }
  return names;
});

/** One language, by name in any of `siteLanguages` or its own, or by tag. */
function readLanguage(answer: string, siteLanguages: readonly string[]): Reading<string> {
  const names = namesIn(siteLanguages.join(','));
  const byName = names.get(comparable(answer));
  if (byName) return read(byName);
  const tag = LanguageTagSchema.safeParse(answer.trim());
  if (tag.success && /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/i.test(answer.trim())) return read(tag.data);
  const meant = closest(comparable(answer), [...names.keys()]);
  return cannotRead(
    `${quote(answer)} is not a language we know${meant ? ` — did you mean ${meant}?` : ' — write its name, like Spanish, or its code, like es'}`,
  );
}

/** A list of languages: "English, Spanish", "inglés y español", "en, es". */
export function readLanguages(answer: string, siteLanguages: readonly string[]): Reading<string[]> {
  const tags: string[] = [];
  for (const item of listItems(answer)) {
    const whole = readLanguage(item, siteLanguages);
    const parts = whole.value === undefined ? item.split(/\s+(?:and|y|e|&|or|o)\s+|\s*\/\s*/i) : [item];
    for (const part of parts) {
      const one = parts.length === 1 ? whole : readLanguage(part, siteLanguages);
      if (one.problem !== undefined) return cannotRead(one.problem);
      if (!tags.includes(one.value)) tags.push(one.value);
    }
  }
  return tags.length > 0 ? read(tags) : cannotRead('names no language — write one, like English');
}
