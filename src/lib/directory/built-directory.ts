import type { Directory } from './types.ts';

// Astro renders the pages in the process that runs its integrations, but from a bundle of its own: a
// module's state is not shared between the two, a global is. The key is registered, so both find it.
const KEY = Symbol.for('circles.built-directory');
const registry = globalThis as typeof globalThis & { [KEY]?: Map<string, Directory> };

/** Keeps a language's directory the pages were built from, for the steps that run after them. */
export function keepBuiltDirectory(directory: Directory): void {
  registry[KEY] ??= new Map();
  registry[KEY].set(directory.lang, directory);
}

/** Forgets the last build's directories, so a second build in one process never uses the first's. */
export function forgetBuiltDirectory(): void {
  delete registry[KEY];
}

/** Every language's directory the pages were built from, the site's main language first. */
export function builtDirectories(): Directory[] {
  const views = [...(registry[KEY]?.values() ?? [])];
  const languages = views[0]?.site.languages ?? [];
  return views.sort((a, b) => languages.indexOf(a.lang) - languages.indexOf(b.lang));
}

/** The directory the pages were built from, in the site's main language, once any page has asked for it. */
export function builtDirectory(): Directory | undefined {
  return builtDirectories().find((directory) => directory.lang === directory.site.default_language);
}
