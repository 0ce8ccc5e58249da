import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Where a finished build is published: `CIRCLES_OUT_DIR`, else `dist`. */
export function outputFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CIRCLES_OUT_DIR || 'dist');
}

/**
 * Where Astro writes while it builds: beside the output folder, swapped into place only when every step
 * has passed (scripts/build.ts), so a failed build never leaves a site half old and half new.
 * `CIRCLES_STAGING_DIR` is set by that script; `astro build` on its own writes to the output folder.
 */
export function buildFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.CIRCLES_STAGING_DIR ? resolve(env.CIRCLES_STAGING_DIR) : outputFolder(env);
}

/**
 * Astro's cache, one per content folder: entries cached from one folder can never be served when another
 * is built in the same checkout (tests and forks build several), so the same content always builds the same.
 * `CIRCLES_CACHE_DIR` names another (a benchmark's cold build, the scale test's own).
 */
export function cacheFolder(contentFolder: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CIRCLES_CACHE_DIR) return resolve(env.CIRCLES_CACHE_DIR);
  const key = createHash('sha256').update(resolve(contentFolder)).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro', key);
}

/**
 * Where Astro's process leaves the directory it built from for the steps scripts/build.ts runs after
 * Astro has exited (see lib/privacy/audited-directory-file.ts): beside the staging folder, never in it.
 */
export const handOverFile = (stagingFolder: string): string => `${resolve(stagingFolder)}.directory.ndjson`;

/** The hand-over file of this build, none when Astro runs on its own (no staging folder). */
export function auditedDirectoryFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CIRCLES_STAGING_DIR ? handOverFile(env.CIRCLES_STAGING_DIR) : undefined;
}

/**
 * Whether the checks over the built files (output coverage, location audit) wait until Astro has exited:
 * so under `npm run build`, which gives Astro a staging folder; `astro build` on its own checks in its process.
 */
export const checksRunAfterAstro = (env: NodeJS.ProcessEnv = process.env): boolean =>
  auditedDirectoryFile(env) !== undefined;
