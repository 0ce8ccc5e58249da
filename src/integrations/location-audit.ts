import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { strFromU8, unzipSync } from 'fflate';
import { builtDirectory, forgetBuiltDirectory } from '../lib/directory/built-directory.ts';
import { auditedDirectoryFile } from '../lib/output-folder.ts';
import { writeAuditedDirectory } from '../lib/privacy/audited-directory-file.ts';
import { type AuditedDirectory, auditLocations, type BuiltFile } from '../lib/privacy/location-audit.ts';

const TEXT_FILES = /\.(html|json|geojson|xml|txt|csv|ics|js)$/;
// Pagefind writes its fragments gzipped, with this marker before the JSON.
const PAGEFIND_MARKER = 'pagefind_dcd';

const NONE = (_folder: string) => false;

/**
 * Every output a visitor could fetch, as text, one at a time (a large site's outputs need not all be in
 * memory at once); search fragments and zips decompressed. `skipFolder` is given each folder's path.
 */
export function* builtFiles(root: string, dir = root, skipFolder = NONE): Generator<BuiltFile> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, item.name);
    const path = relative(root, full).split(sep).join('/');
    if (item.isDirectory()) {
      if (!skipFolder(path)) yield* builtFiles(root, full, skipFolder);
    } else if (item.name.endsWith('.pf_fragment')) {
      const text = gunzipSync(readFileSync(full)).toString('utf8');
      yield { path, text: text.startsWith(PAGEFIND_MARKER) ? text.slice(PAGEFIND_MARKER.length) : text };
    } else if (item.name.endsWith('.zip')) {
      // A zip's files are read as if they sat in a folder named after it.
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(full))))
        yield { path: `${path}/${name}`, text: strFromU8(bytes) };
    } else if (
      TEXT_FILES.test(item.name) &&
      !path.startsWith('_astro/') &&
      !/^([^/]+\/)?pagefind\/pagefind/.test(path)
    ) {
      yield { path, text: readFileSync(full, 'utf8') };
    }
  }
}

/** Every output a visitor could fetch, as text, all at once (tests look through them more than once). */
export const readBuiltFiles = (root: string): BuiltFile[] => [...builtFiles(root)];

/**
 * Audits every output under `dir` (the whole site by default; `skipFolder` leaves folders out) against the
 * public view, and throws with one line per leak; returns how many files it read.
 */
export function auditFolder(
  directory: AuditedDirectory,
  root: string,
  dir = root,
  skipFolder = NONE,
): number {
  let count = 0;
  const counted = function* (files: Iterable<BuiltFile>) {
    for (const file of files) {
      count++;
      yield file;
    }
  };
  const leaks = auditLocations(directory, counted(builtFiles(root, dir, skipFolder)));
  if (leaks.length > 0) throw new Error(`The build would publish private locations:\n${leaks.join('\n')}`);
  return count;
}

/**
 * Fails the build when any output — page, list, data file, export, print page, search fragment — says
 * more about a place than the public view allows (see auditLocations), reading the files as written.
 * Under `npm run build` Astro's process only hands the very directory the pages were built from to the
 * steps after it (scripts/lib/after-astro.ts), which audit the whole site, search index included, once
 * Astro's memory is free; `astro build` on its own audits here.
 */
export function locationAudit(): AstroIntegration {
  return {
    name: 'circles:location-audit',
    hooks: {
      'astro:build:start': () => forgetBuiltDirectory(),
      'astro:build:done': async ({ dir, logger }) => {
        // The very directory the pages were built from, not a second reading of the content.
        const directory = builtDirectory();
        if (!directory)
          throw new Error(
            'The location audit found no directory: no page loaded one, so nothing can be checked',
          );
        const handOver = auditedDirectoryFile();
        if (handOver) return writeAuditedDirectory(handOver, directory);
        const count = auditFolder(directory, fileURLToPath(dir));
        logger.info(`${count} files checked: no output says more about a place than its public view`);
      },
    },
  };
}
