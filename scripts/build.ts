/**
 * `npm run build` after validation: builds the site into a staging folder beside the output folder and
 * swaps it into place only when every step has passed (Astro's pages and per-entry exports; then, once
 * Astro has exited and freed its memory, the search index, the output coverage and the location audit of
 * everything). A build that fails at any step leaves the previous output exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { handOverFile, outputFolder } from '../src/lib/output-folder.ts';
import { afterAstro } from './lib/after-astro.ts';

const output = outputFolder();
const staging = `${output}.staging`;
const previous = `${output}.previous`;
const handOver = handOverFile(staging);

function fail(message: string, status = 1): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(handOver, { force: true });
  console.error(
    `\n${message ? `${message}\n` : ''}The build failed, so nothing was published: ${output} is as it was before.`,
  );
  process.exit(status);
}

// A build that failed last time leaves its staging folder: it is never published, so it goes.
rmSync(staging, { recursive: true, force: true });
// Astro runs on the Node that runs this script (Node 24 from the node@24 dev dependency under npm).
const astroCli = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawnSync(process.execPath, [astroCli, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CIRCLES_STAGING_DIR: staging },
});
if (astro.status !== 0) fail('', astro.status ?? 1);
try {
  await afterAstro(staging, handOver);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(handOver, { force: true });
}
// Two renames: the old output is moved aside, never deleted before the new one is in place.
rmSync(previous, { recursive: true, force: true });
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });
