import { describe, expect, it } from 'vitest';
import { languages, textDirection, uiLanguages } from '../../../src/i18n/index.ts';

type Tree = { [key: string]: unknown };

/** Every leaf of a strings object as [dotted.path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** What a string function says for sample arguments: counts are numbers, names are words. */
/** The finder's summary takes its parts as one object. */
const sampleParts = {
  count: 2,
  kind: 'both',
  topics: ['martes'],
  attendance: 'online',
  when: 'tonight',
  days: ['martes'],
  times: ['martes'],
  near: 'martes',
  others: ['martes'],
};

function sampleOutput(fn: (...args: never[]) => unknown): string {
  const tries = [2, 'martes', sampleParts].flatMap((first) => [
    Array.from({ length: fn.length }, () => first),
    Array.from({ length: fn.length }, (_, index) => (index === 0 ? first : 'martes')),
  ]);
  for (const args of tries) {
    try {
      return String(fn(...(args as never[])));
    } catch {
      // The arguments were of the wrong kind: try the next set.
    }
  }
  return '';
}

const english = languages.en;

/** What a translation lacks compared with the English text: one line per string. */
function gaps(ours: Tree, theirs: Tree): string[] {
  const translated = new Map(leaves(theirs));
  const found: string[] = [];
  for (const [path, value] of leaves(ours)) {
    const other = translated.get(path);
    if (other === undefined) found.push(`${path} is missing`);
    else if (typeof other !== typeof value) found.push(`${path} is a ${typeof other}, not a ${typeof value}`);
    else if (typeof other === 'string' && other.trim() === '' && String(value).trim() !== '')
      found.push(`${path} is empty`);
    else if (typeof other === 'function' && typeof value === 'function') {
      const fn = other as (...args: never[]) => unknown;
      if (fn.length !== value.length) found.push(`${path} takes ${fn.length} arguments, not ${value.length}`);
      else if (sampleOutput(fn).trim() === '') found.push(`${path} returns nothing`);
    }
  }
  return found;
}

describe('interface text in every language', () => {
  for (const lang of uiLanguages.filter((tag) => tag !== 'en')) {
    for (const part of ['ui', 'schedule', 'finder'] as const) {
      it(`${lang}/${part}.ts has every string the English one has, of the same kind`, () => {
        expect(gaps(english[part] as unknown as Tree, languages[lang][part] as unknown as Tree)).toEqual([]);
      });
    }

    it(`${lang} names its own language and direction`, () => {
      expect(languages[lang].ui.meta.lang).toBe(lang);
      expect(languages[lang].ui.meta.dir).toBe(textDirection(lang));
    });
  }

  it('reports a string left out, emptied or given the wrong shape (the check is not vacuous)', () => {
    const { skipLink: _dropped, ...layout } = languages.es.ui.layout;
    const broken = {
      ...languages.es.ui,
      layout: { ...layout, quickExit: ' ' },
      home: { ...languages.es.ui.home, groupsLink: 'Todos los grupos' },
    };
    expect(gaps(english.ui as unknown as Tree, broken as unknown as Tree)).toEqual([
      'layout.skipLink is missing',
      'layout.quickExit is empty',
      'home.groupsLink is a string, not a function',
    ]);
  });

  it('knows which scripts run right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('es')).toBe('ltr');
    expect(textDirection('zh-Hant')).toBe('ltr');
  });
});
