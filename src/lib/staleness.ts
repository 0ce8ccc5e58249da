/**
 * Whether an entry was last verified more than `months` months before `today` (both YYYY-MM-DD).
 * Compared as calendar dates, so the answer does not depend on the time of day or zone of the build.
 */
export function isStale(lastVerified: string, today: string, months: number): boolean {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
  return lastVerified < cutoff;
}

/**
 * The date staleness is judged against: today, unless CIRCLES_TODAY pins it (reproducible builds and tests).
 * Kept out of the pure functions so they stay deterministic.
 */
export function referenceDate(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.CIRCLES_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
