import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { splitEntries, synthesizeDirectory } from '../../scripts/lib/synthesize-directory.ts';
import { buildSite } from './fixture-site.ts';

/** The scale test's synthetic directory and its build (thrown away and remade on every run). */
export const SCALE_ENTRIES = 1000;
export const SCALE_CONTENT = resolve('test/.output/scale-content');
export const SCALE_OUT = resolve('test/.output/scale');
export const SCALE_SEED = 20261202;

/**
 * Writes the directory (800 groups, 200 services, a fixed seed) in the site's main language only:
 * what scale tests is entries, and every language is a whole copy of the site that the fixture build
 * already checks; one language halves the build's time.
 */
export async function synthesizeScaleContent(): Promise<void> {
  await synthesizeDirectory({ ...splitEntries(SCALE_ENTRIES), out: SCALE_CONTENT, seed: SCALE_SEED });
  const file = join(SCALE_CONTENT, 'site.yaml');
  const site = parseDocument(readFileSync(file, 'utf8'));
  site.set('languages', [site.get('default_language') ?? 'en']);
  writeFileSync(file, site.toString());
}

/** Vitest global setup of the scale project: synthesize, then build with the site's own command. */
export default async function setup() {
  await synthesizeScaleContent();
  // Its own content cache, so it neither reuses nor overwrites the other builds' running alongside.
  const result = buildSite(SCALE_CONTENT, SCALE_OUT, {
    env: { CIRCLES_CACHE_DIR: resolve('test/.output/scale-cache') },
  });
  if (result.status !== 0)
    throw new Error(`the scale directory did not build:\n${result.stdout}\n${result.stderr}`);
}
