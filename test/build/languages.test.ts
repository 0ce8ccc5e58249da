import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ui as en } from '../../src/i18n/en/ui.ts';
import { ui as es } from '../../src/i18n/es/ui.ts';
import { allPages } from '../support/built-site.ts';
import { FIXTURE_OUT } from '../support/fixture-site.ts';

// The fixture is published in English (at /) and Spanish (under /es/). These read the built HTML.
const files = allPages().filter((file) => !file.startsWith('/pagefind/'));
/** `/es/groups/index.html` → `/es/groups/`. */
const urlOf = (file: string) => file.replace(/index\.html$/, '');
const parsed = new Map<string, HTMLElement>();
function html(file: string): HTMLElement {
  const doc = parsed.get(file) ?? parse(readFileSync(join(FIXTURE_OUT, file), 'utf8'));
  parsed.set(file, doc);
  return doc;
}
const spanish = files.filter((file) => file.startsWith('/es/'));
// The 404 page is one file for every address, in every language; it has no twin.
const english = files.filter((file) => !file.startsWith('/es/') && file !== '/404.html');
const built = new Set(files.map(urlOf));

describe('the site in two languages', () => {
  it('publishes every page in both: each English page has its /es/ twin, and each Spanish page its English one', () => {
    expect(english.length).toBeGreaterThan(20);
    expect(spanish.map((file) => file.replace(/^\/es/, '')).sort()).toEqual([...english].sort());
  });

  it('marks every Spanish page lang="es", and its switcher leads to the same page in English', () => {
    for (const file of spanish) {
      const doc = html(file);
      expect(doc.querySelector('html')?.getAttribute('lang'), file).toBe('es');
      const links = doc.querySelectorAll('circles-language-switch a').map((a) => a.getAttribute('href'));
      expect(links, file).toEqual([urlOf(file).replace(/^\/es/, '')]);
    }
  });

  it('links every English page to its Spanish twin, for readers and for search engines', () => {
    for (const file of english) {
      const doc = html(file);
      const links = doc.querySelectorAll('circles-language-switch a').map((a) => a.getAttribute('href'));
      expect(links, file).toEqual([`/es${urlOf(file)}`]);
      const alternates = doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]);
      expect(alternates, file).toEqual([
        ['en', urlOf(file)],
        ['es', `/es${urlOf(file)}`],
      ]);
    }
  });

  it('never links a language switcher or alternate to a page that was not built (the 404 included)', () => {
    for (const file of files) {
      const doc = html(file);
      const targets = [
        ...doc.querySelectorAll('circles-language-switch a').map((a) => a.getAttribute('href') ?? ''),
        ...doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => new URL(link.getAttribute('href') ?? '').pathname),
      ];
      for (const target of targets) expect(built, `${file} links to ${target}`).toContain(target);
    }
  });
});

/** Every plain sentence of the English interface (3 words or more) that the Spanish one words differently. */
function englishSentences(english: object, spanish: object, path = ''): [string, string][] {
  return Object.entries(english).flatMap(([key, value]): [string, string][] => {
    const other = (spanish as Record<string, unknown>)[key];
    if (typeof value === 'string')
      return value !== other && value.trim().split(/\s+/).length >= 3 ? [[`${path}${key}`, value]] : [];
    if (value && typeof value === 'object' && other && typeof other === 'object')
      return englishSentences(value, other, `${path}${key}.`);
    return [];
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/**
 * What a Spanish reader meets on a page as text meant to be in Spanish: its text and attribute values
 * (labels, titles, and the templates client scripts fill in from `data-*`), leaving out scripts and
 * styles, anything marked as another language (untranslated volunteer text, the switcher's "English"),
 * and the hidden search words, which list language names in several languages on purpose.
 */
function spanishText(file: string): string {
  const doc = parse(readFileSync(join(FIXTURE_OUT, file), 'utf8'));
  for (const element of doc.querySelectorAll('script, style, [data-search-record] > p')) element.remove();
  for (const element of doc.querySelectorAll('[lang]'))
    if (element.getAttribute('lang') !== 'es') element.remove();
  const attributes = doc.querySelectorAll('*').flatMap((element) => Object.values(element.attributes));
  return squeeze([doc.textContent, ...attributes].join('\n'));
}

describe('Spanish pages', () => {
  const sentences = englishSentences(en, es);

  it('contain no sentence of the English interface', () => {
    expect(sentences.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of spanish) {
      const text = spanishText(file);
      for (const [key, sentence] of sentences)
        if (text.includes(squeeze(sentence))) found.push(`${file}: ui.${key} "${sentence}"`);
    }
    expect(found).toEqual([]);
  });
});
