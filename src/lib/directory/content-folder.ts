/**
 * The content folder every part of the site reads: `CIRCLES_CONTENT_DIR` when set (tests, benchmarks and
 * forks with content elsewhere point it at another folder), else `content`. The only place that reads
 * the variable, so the build, the validator and every script agree on which folder they mean.
 */
export function contentFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.CIRCLES_CONTENT_DIR || 'content';
}
