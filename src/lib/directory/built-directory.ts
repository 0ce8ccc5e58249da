import type { Directory } from './types.ts';

// Astro renders the pages in the process that runs its integrations, but from a bundle of its own: a
// module's state is not shared between the two, a global is. The key is registered, so both find it.
const KEY = Symbol.for('circles.built-directory');
const registry = globalThis as typeof globalThis & { [KEY]?: Directory };

/** Keeps the directory the pages were built from, for the checks that run after them. */
export function keepBuiltDirectory(directory: Directory): void {
  registry[KEY] = directory;
}

/** Forgets the last build's directory, so a second build in one process never audits against the first. */
export function forgetBuiltDirectory(): void {
  delete registry[KEY];
}

/** The directory the pages were built from (in the site's main language), once any page has asked for it. */
export function builtDirectory(): Directory | undefined {
  return registry[KEY];
}
