import { schedule } from './en/schedule.ts';
import { ui } from './en/ui.ts';

/**
 * Interface text by language. A language is added by adding its folder with the same files
 * (`ui.ts`, `schedule.ts`) and one line here.
 */
export const languages = {
  en: { ui, schedule },
} as const;

export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';

/** The interface text for a language. */
export function useStrings(lang: Lang = defaultLang) {
  return languages[lang];
}

/** A language's name in the interface language, with its own name after it when they differ: "Spanish (español)". */
export function languageName(tag: string, lang: Lang = defaultLang): string {
  const inUi = new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  let own = inUi;
  try {
    own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? inUi;
  } catch {
    // Some tags (sign languages) have no display data in their own locale.
  }
  return own.toLocaleLowerCase(tag) === inUi.toLocaleLowerCase(lang) ? inUi : `${inUi} (${own})`;
}
