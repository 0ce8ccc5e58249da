import { buildSite, DEMO_CONTENT, DEMO_OUT } from './fixture-site.ts';

/** Vitest global setup of the content checks: build the content folder once (npm run build, validation first). */
export default function setup() {
  const result = buildSite(DEMO_CONTENT, DEMO_OUT);
  if (result.status !== 0)
    throw new Error(`${DEMO_CONTENT} did not build:\n${result.stdout}\n${result.stderr}`);
}
