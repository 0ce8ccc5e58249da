import { defineConfig } from 'vitest/config';

// Three kinds of test, all run by `npm test`:
//   unit    — pure logic in src/lib and src/schemas, and the validator over fixture folders
//   site    — assertions over a real build of the fixture site (built once by the global setup),
//             and a real Chromium browsing that build
//   content — the content checks over a build of content/ (`npm run test:content`): what holds for any
//             directory, plus the demo's own checks while content/ is the demo, so a fork stays green
//   scale   — a synthetic directory of 1,000 entries, built once, checked for anything dropped (no timing:
//             the benchmark measures time)
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-fixture.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          // One browser at a time on a two-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          globalSetup: ['test/support/build-content.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'scale',
          include: ['test/scale/**/*.test.ts'],
          globalSetup: ['test/support/scale-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
