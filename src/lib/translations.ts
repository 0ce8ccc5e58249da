import { type Translations, UNTAGGED } from '../schemas/primitives.ts';

/** A text and the language it is written in. */
export interface Translated {
  text: string;
  lang: string;
}

/** The languages a text is written in, with untagged text read as the site's main language. */
function versions(translations: Translations, siteLang: string): Translated[] {
  return Object.entries(translations).map(([lang, text]) => ({
    text,
    lang: lang === UNTAGGED ? siteLang : lang,
  }));
}

/**
 * The version to show a reader of `lang`: their language if it was written, else the site's main
 * language, else the first one written. The caller compares `lang` to say when it fell back.
 */
export function translate(translations: Translations, lang: string, siteLang: string): Translated {
  const all = versions(translations, siteLang);
  const chosen = all.find((v) => v.lang === lang) ?? all.find((v) => v.lang === siteLang) ?? all[0];
  // The schema refuses an empty map, so there is always a version.
  if (!chosen) throw new Error('a translatable text has no versions');
  return chosen;
}

/** Every version other than the one shown, for "also in Arabic" links under a description. */
export function otherVersions(translations: Translations, shown: string, siteLang: string): Translated[] {
  return versions(translations, siteLang).filter((v) => v.lang !== shown);
}
