import { buildSite, DEMO_CONTENT, DEMO_OUT } from './fixture-site.ts';

/**
 * Vitest global setup of the content checks: build the content folder once (npm run build, validation
 * first). With CIRCLES_CONTENT_CHECK_BUILT=1 the folder CIRCLES_CONTENT_CHECK_OUT names is already that
 * build (CI builds the preview once, then checks it), so it is checked as it is.
 */
export default function setup() {
  if (process.env.CIRCLES_CONTENT_CHECK_BUILT === '1') return;
  const result = buildSite(DEMO_CONTENT, DEMO_OUT);
  if (result.status !== 0)
    throw new Error(`${DEMO_CONTENT} did not build:\n${result.stdout}\n${result.stderr}`);
}
