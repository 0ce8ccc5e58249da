import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Where the fixture site is built; build and browser tests read it from here. */
export const FIXTURE_CONTENT = 'test/fixtures/basic';
export const FIXTURE_OUT = resolve('test/.output/basic');
/**
 * The content folder the content checks build (test/content/): content/, which is the demo here and a
 * community's own directory in its fork. CIRCLES_CONTENT_DIR and CIRCLES_CONTENT_CHECK_OUT point them at
 * another folder (the test of a fork's CI does).
 */
export const DEMO_CONTENT = process.env.CIRCLES_CONTENT_DIR ?? 'content';
export const DEMO_OUT = resolve(process.env.CIRCLES_CONTENT_CHECK_OUT ?? 'test/.output/demo');
/** The date the fixture build judges staleness against, so results never drift with the calendar. */
export const FIXTURE_TODAY = '2026-11-26';

/**
 * Runs the site's own build command (validate, then astro build) over a content folder, into a clean
 * output folder unless `keep` is set (to prove what a failed build leaves behind). `command` runs another
 * npm script the same way (`exec -- astro build` runs Astro's own command, without the validator in
 * front); `env` adds settings (a benchmark's or the scale test's own content cache).
 */
export function buildSite(
  contentDir: string,
  outDir: string,
  options: { keep?: boolean; command?: string[]; env?: NodeJS.ProcessEnv } = {},
) {
  if (!options.keep) rmSync(outDir, { recursive: true, force: true });
  const env = options.env ?? {};
  const result = spawnSync('npm', options.command ?? ['run', 'build', '--silent'], {
    encoding: 'utf8',
    // A large build lists every file it writes: more than spawnSync's default 1 MB of output.
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ...env,
      CIRCLES_CONTENT_DIR: contentDir,
      CIRCLES_OUT_DIR: outDir,
      CIRCLES_TODAY: FIXTURE_TODAY,
      // Astro's own update check and telemetry would try the network.
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  // Under a runner that forces colour (FORCE_COLOR, as CI's does), Astro colours its log: tests read words.
  return {
    ...result,
    stdout: stripVTControlCharacters(result.stdout),
    stderr: stripVTControlCharacters(result.stderr),
  };
}
