/**
 * The floor a build is compared with: a bare Astro project, made in a temporary folder with this
 * repository's installed Astro, that renders the same number of trivial HTML pages. Whatever the real
 * build costs above it is ours to explain.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type MeasuredRun, runMeasured } from './run-measured.ts';

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.FLOOR_PAGES) }, (_, n) => ({ params: { n: String(n + 1) } }));
}
const { n } = Astro.params;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head>
<body><h1>Page {n}</h1><p>A trivial page, for the floor of the build benchmark.</p></body></html>
`;

/** Builds `pages` trivial pages with `astro build` and measures it; the folder is removed afterwards. */
export async function buildFloor(pages: number): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'circles-floor-'));
  try {
    mkdirSync(join(dir, 'src/pages'), { recursive: true });
    // The repository's own node_modules, so the floor runs the very Astro the site builds with.
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'floor', type: 'module', private: true }),
    );
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false } });\n",
    );
    writeFileSync(join(dir, 'src/pages/[n].astro'), PAGE);
    return await runMeasured(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, FLOOR_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
