import { buildSite, DEMO_CONTENT, DEMO_OUT, FIXTURE_CONTENT, FIXTURE_OUT } from './fixture-site.ts';

/** Vitest global setup: build the fixture site and the demo once for the build and browser tests. */
export default function setup() {
  for (const [content, out] of [
    [FIXTURE_CONTENT, FIXTURE_OUT],
    [DEMO_CONTENT, DEMO_OUT],
  ] as const) {
    const result = buildSite(content, out);
    if (result.status !== 0) throw new Error(`${content} did not build:\n${result.stdout}\n${result.stderr}`);
  }
}
