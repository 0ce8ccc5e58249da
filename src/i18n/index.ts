import { memoize } from '../lib/memoize.ts';
import { finder as finderEn } from './en/finder.ts';
import { schedule as scheduleEn } from './en/schedule.ts';
import { ui as uiEn } from './en/ui.ts';
import { finder as finderEs } from './es/finder.ts';
import { schedule as scheduleEs } from './es/schedule.ts';
import { ui as uiEs } from './es/ui.ts';

/**
 * Interface text by language. A language is added by adding its folder with the same files
 * (`ui.ts`, `schedule.ts`, `finder.ts`, typed by the English ones), one line here and one in
 * `finder-strings.ts` (the finder's text is loaded by the browser); a site then lists it under
 * `languages` in site.yaml. A unit test fails when any string is missing.
 */
export const languages = {
  en: { ui: uiEn, schedule: scheduleEn, finder: finderEn },
  es: { ui: uiEs, schedule: scheduleEs, finder: finderEs },
} as const;

export type Lang = keyof typeof languages;
export const uiLanguages = Object.keys(languages) as [Lang, ...Lang[]];
export const defaultLang: Lang = 'en';

export function isUiLanguage(tag: string | undefined): tag is Lang {
  return tag !== undefined && Object.hasOwn(languages, tag);
}

/**
 * The interface text for a language. Components pass `Astro.currentLocale`, which Astro's i18n routing
 * sets from the page's URL; anything unknown gets the default language rather than failing a page.
 */
export function useStrings(lang: string | undefined = defaultLang) {
  return languages[isUiLanguage(lang) ? lang : defaultLang];
}

const nameIn = memoize((tag: string, lang: string): string => {
  const inUi = new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  return withOwnName(inUi, tag, lang);
});

/** A language's name in the interface language, with its own name after it when they differ: "Spanish (español)". */
export function languageName(tag: string, lang: string = defaultLang): string {
  return nameIn(tag, lang);
}

/** A language's name in that language ("español"), for the language switcher. */
export function ownLanguageName(tag: string): string {
  const own = ownName(tag) ?? tag;
  return own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
}

// Remembered: every card names its languages, and building the Intl formatter costs more than the card.
const ownName = memoize((tag: string): string | undefined => {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  } catch {
    // Some tags (sign languages) have no display data in their own locale.
    return undefined;
  }
});

function withOwnName(inUi: string, tag: string, lang: string): string {
  const own = ownName(tag) ?? inUi;
  return own.toLocaleLowerCase(tag) === inUi.toLocaleLowerCase(lang) ? inUi : `${inUi} (${own})`;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Which way a language's script runs: `rtl` for Arabic, Hebrew, Persian, Urdu…; `ltr` otherwise. */
export const textDirection = memoize((tag: string): 'ltr' | 'rtl' => {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
});
