import { buildSite, FIXTURE_CONTENT, FIXTURE_OUT } from './fixture-site.ts';

/** Vitest global setup of the site tests: build the fixture site once for the build and browser tests. */
export default function setup() {
  const result = buildSite(FIXTURE_CONTENT, FIXTURE_OUT);
  if (result.status !== 0)
    throw new Error(`${FIXTURE_CONTENT} did not build:\n${result.stdout}\n${result.stderr}`);
}
