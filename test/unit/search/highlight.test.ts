import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .map((part) => (part.marked ? `[${part.text}]` : part.text))
    .join('');

describe('highlighting the searched words in a result’s summary', () => {
  it('marks the start of words that begin with a searched word, ignoring case', () => {
    expect(marked('A grief circle for the bereaved; Grieving together.', 'grief griev')).toBe(
      'A [grief] circle for the bereaved; [Griev]ing together.',
    );
  });

  it('ignores accents both ways and keeps the text as written', () => {
    expect(marked('Un grupo en español para familias', 'espanol familia')).toBe(
      'Un grupo en [español] para [familia]s',
    );
  });

  it('never marks inside a word, nor one-letter words, and leaves text alone when nothing is searched', () => {
    expect(marked('Relief and grief', 'lief a')).toBe('Relief and grief');
    expect(highlightParts('Plain text', '')).toEqual([{ text: 'Plain text', marked: false }]);
  });
});
