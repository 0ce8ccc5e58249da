import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtDirectories } from '../lib/directory/built-directory.ts';
import { entryFiles } from '../lib/open-data/entry-files.ts';
import { referenceDate } from '../lib/staleness.ts';

/**
 * Writes the exports that have a file for each entry (lib/open-data/entry-files.ts) once Astro has written
 * the pages, from the very directories the pages were built from. It runs before the output coverage and
 * the location audit, which check these files as they check every other.
 */
export function entryFilesWriter(): AstroIntegration {
  return {
    name: 'circles:entry-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const directories = builtDirectories();
        if (directories.length === 0)
          throw new Error('The per-entry exports found no directory: no page loaded one');
        const root = fileURLToPath(dir);
        const folders = new Set<string>();
        let count = 0;
        for (const file of entryFiles(directories, referenceDate())) {
          const target = join(root, file.path);
          const folder = dirname(target);
          if (!folders.has(folder)) {
            mkdirSync(folder, { recursive: true });
            folders.add(folder);
          }
          writeFileSync(target, file.text);
          count++;
        }
        logger.info(`${count} per-entry exports written (HSDS services and organisations, calendars)`);
      },
    },
  };
}
