import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/i18n/index.ts';
import { languageNameWords, splitLanguageWords } from '../../../src/lib/search/language-words.ts';

const names = languageNameWords(['es', 'pl', 'ase', 'en'], languageName, ['en', 'es']);

describe('language words in a search', () => {
  it('takes "spanish", "Español" and "polaco" out of the words and filters by them instead', () => {
    expect(splitLanguageWords('spanish grief', names)).toEqual({ rest: 'grief', languages: ['es'] });
    expect(splitLanguageWords('Español,', names)).toEqual({ rest: '', languages: ['es'] });
    expect(splitLanguageWords('grupo polaco', names)).toEqual({ rest: 'grupo', languages: ['pl'] });
  });

  it('leaves other words, and the words of names longer than one word, alone', () => {
    expect(splitLanguageWords('sign language circle', names)).toEqual({
      rest: 'sign language circle',
      languages: [],
    });
    expect(names['english']).toBe('en');
    expect(names['ingles']).toBe('en');
  });
});
