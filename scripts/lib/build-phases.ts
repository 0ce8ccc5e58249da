/**
 * Reads where a build's time went from Astro's own log, timed as each line arrived (run-measured.ts):
 * content sync, bundling, page rendering (Astro's per-file `(+N ms)` summed by route), and each step
 * after rendering (an integration's `astro:build:done` work, then scripts/lib/after-astro.ts's), which
 * ends with that step's last log line.
 */

import { routeOf } from './page-kinds.ts';
import type { TimedLine } from './run-measured.ts';

export interface BuildPhases {
  /** [phase, milliseconds], in the order they ran. */
  phases: [string, number][];
  /** [route, milliseconds rendering its files, files], slowest first. */
  routes: [string, number, number][];
}

const find = (lines: readonly TimedLine[], pattern: RegExp, from = 0) => {
  const at = lines.findIndex((line, index) => index >= from && pattern.test(line.text));
  return at < 0 ? undefined : at;
};

/** Sums Astro's `├─ /path (+12ms)` lines by the route each file came from. */
function routeTimes(lines: readonly TimedLine[], languages: readonly string[]): BuildPhases['routes'] {
  const routes = new Map<string, [number, number]>();
  for (const { text } of lines) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!match) continue;
    const route = routeOf(match[1] ?? '', languages);
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const [sum, files] = routes.get(route) ?? [0, 0];
    routes.set(route, [sum + ms, files + 1]);
  }
  return [...routes]
    .map(([route, [ms, files]]) => [route, ms, files] as [string, number, number])
    .sort((a, b) => b[1] - a[1]);
}

/**
 * Each step's share after rendering, in the order they ran: from the previous step's last line to its
 * own last line, a step that logs again after another (the location audit) counted each time.
 */
function stepTimes(lines: readonly TimedLine[], from: number): [string, number][] {
  const steps: [string, number][] = [];
  let previous = lines[from]?.at ?? 0;
  let last: { name: string; at: number } | undefined;
  for (const line of lines.slice(from)) {
    const name = /^\S+ \[([^\]]+)\]/.exec(line.text)?.[1];
    if (!name || name === 'build') continue;
    if (last && last.name !== name) {
      steps.push([last.name, last.at - previous]);
      previous = last.at;
    }
    last = { name, at: line.at };
  }
  if (last) steps.push([last.name, last.at - previous]);
  return steps;
}

export function buildPhases(lines: readonly TimedLine[], languages: readonly string[]): BuildPhases {
  const at = (index: number | undefined) =>
    index === undefined ? Number.NaN : (lines[index]?.at ?? Number.NaN);
  const syncing = find(lines, /\[content\] Syncing content/);
  const synced = find(lines, /\[content\] Synced content/);
  const bundling = find(lines, /Building static entrypoints/);
  const rendering = find(lines, /generating static routes/);
  const rendered = find(lines, /\[build\] ✓ Completed in/, rendering ?? 0);
  const phases: [string, number][] = [
    ['start-up and type generation', at(syncing)],
    ['content sync', at(synced) - at(syncing)],
    ['bundling (Vite)', at(rendering) - at(bundling)],
    ['page rendering', at(rendered) - at(rendering)],
    ...stepTimes(lines, rendered ?? lines.length).map(([name, ms]): [string, number] => [`step ${name}`, ms]),
  ];
  return { phases, routes: routeTimes(lines, languages) };
}
