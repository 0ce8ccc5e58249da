/**
 * Runs a command as a child process and measures it from outside: wall time, the peak memory of the
 * child and everything it starts (Pagefind's indexer is its own process), and when each line of its
 * output arrived, which is how build phases are timed without touching the build.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

export interface TimedLine {
  /** Milliseconds since the child started. */
  at: number;
  text: string;
}

export interface MeasuredRun {
  code: number | null;
  wallMs: number;
  /** The highest sum of resident memory of the child's process tree seen, in bytes. */
  peakBytes: number;
  lines: TimedLine[];
}

/** Resident memory (VmRSS) of a process and its descendants, in bytes; 0 once it has gone. */
function treeRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return own + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}

export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {},
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      // A terminal that forces colour (FORCE_COLOR) would put escape codes between the words we look for.
      lines.push({ at: performance.now() - started, text: stripVTControlCharacters(text) });
      if (options.echo) console.log(text);
    });
  }
  let peakBytes = 0;
  // Sampling every 100 ms misses only spikes shorter than that; the build's peak lasts seconds.
  const sampler = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  }, 100);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ code, wallMs: performance.now() - started, peakBytes, lines });
    });
  });
}
