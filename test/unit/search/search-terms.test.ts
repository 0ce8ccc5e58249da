import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/i18n/index.ts';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { searchTerms } from '../../../src/lib/search/search-terms.ts';
import { SynonymsFileSchema } from '../../../src/schemas/synonyms.ts';
import { group, sampleContent } from '../directory/sample-content.ts';

const nameOf = (tag: string) => languageName(tag);
const synonyms = SynonymsFileSchema.parse([
  { terms: ['bereavement', 'greif'], topics: ['grief'] },
  { terms: ['AA'], words: ['alcohol'] },
  { terms: ['PLHIV'], topics: ['hiv'] },
]);

function entryWith(overrides: Parameters<typeof group>[1]) {
  const [entry] = buildDirectory(sampleContent({ groups: [group('x', overrides)] }), '2026-11-26').groups;
  if (!entry) throw new Error('the sample group was not built');
  return entry;
}

describe('extra words an entry is found by', () => {
  it('adds the terms of every synonyms line whose topic the entry has', () => {
    expect(searchTerms(entryWith({ topics: ['grief'] }), synonyms, nameOf)).toEqual(['bereavement', 'greif']);
  });

  it('adds the terms of a line whose words appear in the entry’s text, whatever their case', () => {
    const entry = entryWith({ topics: ['hiv'], description: 'Recovery from Alcohol, one day at a time.' });
    expect(searchTerms(entry, synonyms, nameOf)).toEqual(['AA', 'PLHIV']);
  });

  it('adds a language’s name without accents, so "espanol" finds Spanish-language groups', () => {
    const terms = searchTerms(entryWith({ topics: ['hiv'], languages: ['es'] }), [], nameOf);
    expect(terms).toEqual(['Spanish (espanol)']);
  });

  it('adds nothing an entry does not match', () => {
    expect(
      searchTerms(entryWith({ topics: ['hiv'], languages: ['en'] }), synonyms.slice(0, 2), nameOf),
    ).toEqual([]);
  });
});

describe('the synonyms file', () => {
  it('refuses a line that would find nothing', () => {
    const result = SynonymsFileSchema.safeParse([{ terms: ['AA'] }]);
    expect(result.error?.issues[0]?.message).toMatch(/finds nothing/);
  });
});
