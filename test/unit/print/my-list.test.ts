import { describe, expect, it } from 'vitest';
import {
  LIST_KEY,
  move,
  NOTE_MAX_LENGTH,
  readList,
  readNote,
  toggle,
  writeList,
  writeNote,
} from '../../../src/lib/print/my-list.ts';
import { shortUrl } from '../../../src/lib/print/short-url.ts';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, v: string) => items.set(key, v),
  };
};

describe('my list, kept in the browser', () => {
  it('adds an entry at the end and takes it off when added again', () => {
    expect(toggle(['group:a'], 'service:b')).toEqual(['group:a', 'service:b']);
    expect(toggle(['group:a', 'service:b'], 'group:a')).toEqual(['service:b']);
  });

  it('moves an entry up or down, never past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('reads back what it saved, in order', () => {
    const storage = memory();
    writeList(storage, ['service:food-bank', 'group:grief-circle']);
    expect(readList(storage)).toEqual(['service:food-bank', 'group:grief-circle']);
  });

  it('treats a damaged or hand-edited list as empty or cleaned, instead of breaking the page', () => {
    expect(readList(memory({ [LIST_KEY]: '{not json' }))).toEqual([]);
    expect(readList(memory({ [LIST_KEY]: '{"a":1}' }))).toEqual([]);
    expect(readList(memory({ [LIST_KEY]: '["group:a", 3, "<img>", "group:a", "service:b"]' }))).toEqual([
      'group:a',
      'service:b',
    ]);
  });

  it('keeps the note short', () => {
    const storage = memory();
    writeNote(storage, 'x'.repeat(NOTE_MAX_LENGTH + 50));
    expect(readNote(storage)).toHaveLength(NOTE_MAX_LENGTH);
  });
});

describe('short URLs on paper', () => {
  it('drop the scheme and "www." so they are quick to type', () => {
    expect(shortUrl('https://www.circles.example.org/groups/x/')).toBe('circles.example.org/groups/x/');
    expect(shortUrl('http://example.org/')).toBe('example.org');
  });
});
