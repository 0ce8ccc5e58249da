/** Lower case without accents or surrounding punctuation: "Español," → "espanol". */
export const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The words of a search that name a meeting language ("spanish", "español", "polaco"), taken out of the
 * words searched and returned as language tags to filter by: otherwise they would match every page's
 * "Read this in Spanish" link and every entry that merely mentions the language.
 * `names` maps each folded language name to its tag.
 */
export function splitLanguageWords(
  term: string,
  names: Readonly<Record<string, string>>,
): { rest: string; languages: string[] } {
  const languages = new Set<string>();
  const rest = term
    .split(/\s+/)
    .filter((word) => {
      const tag = names[foldWord(word)];
      if (tag) languages.add(tag);
      return !tag;
    })
    .join(' ')
    .trim();
  return { rest, languages: [...languages] };
}

/** Each language's names, folded, to its tag: its name in each given interface language and its own. */
export function languageNameWords(
  tags: readonly string[],
  nameIn: (tag: string, lang: string) => string,
  interfaceLanguages: readonly string[],
): Record<string, string> {
  const names: Record<string, string> = {};
  // "Spanish (español)" is two names; one-word names only, so "Sign Language" never captures "sign".
  for (const tag of tags)
    for (const lang of [...interfaceLanguages, tag])
      for (const part of nameIn(tag, lang).split(/[()]/)) {
        const name = foldWord(part.trim());
        if (name && !/\s/.test(name)) names[name] = tag;
      }
  return names;
}
