import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, FIXTURE_CONTENT, FIXTURE_OUT } from './fixture-site.ts';

/**
 * Vitest global setup of the site tests: build the fixture site once for the build and browser tests.
 * While working on one test, CIRCLES_REUSE_BUILD=1 keeps the last build instead (never in CI).
 */
export default function setup() {
  if (process.env.CIRCLES_REUSE_BUILD === '1' && existsSync(join(FIXTURE_OUT, 'index.html'))) return;
  const result = buildSite(FIXTURE_CONTENT, FIXTURE_OUT);
  if (result.status !== 0)
    throw new Error(`${FIXTURE_CONTENT} did not build:\n${result.stdout}\n${result.stderr}`);
}
