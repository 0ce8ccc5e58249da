import { afterEach, describe, expect, it } from 'vitest';
import {
  builtDirectories,
  builtDirectory,
  forgetBuiltDirectory,
  keepBuiltDirectory,
} from '../../../src/lib/directory/built-directory.ts';
import type { Directory } from '../../../src/lib/directory/types.ts';

const site = { default_language: 'en', languages: ['en', 'es', 'ar'] };
const view = (lang: string) => ({ lang, site }) as unknown as Directory;

afterEach(() => forgetBuiltDirectory());

describe('the directories a build was made from', () => {
  it('are every language the pages asked for, the main one first and then in the site’s order', () => {
    for (const lang of ['ar', 'es', 'en']) keepBuiltDirectory(view(lang));
    expect(builtDirectories().map((directory) => directory.lang)).toEqual(['en', 'es', 'ar']);
    expect(builtDirectory()?.lang).toBe('en');
  });

  it('are forgotten between builds, and a language asked for twice is kept once', () => {
    keepBuiltDirectory(view('es'));
    keepBuiltDirectory(view('es'));
    expect(builtDirectories()).toHaveLength(1);
    expect(builtDirectory()).toBeUndefined();
    forgetBuiltDirectory();
    expect(builtDirectories()).toEqual([]);
  });
});
