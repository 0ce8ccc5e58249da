import { buildSite, FIXTURE_CONTENT, FIXTURE_OUT } from './fixture-site.ts';

/** Vitest global setup: build the fixture site once for the build and browser tests. */
export default function setup() {
  const result = buildSite(FIXTURE_CONTENT, FIXTURE_OUT);
  if (result.status !== 0) {
    throw new Error(`The fixture site did not build:\n${result.stdout}\n${result.stderr}`);
  }
}
