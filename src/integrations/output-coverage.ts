import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FinderIndex } from '../lib/finder/finder-data.ts';
import {
  type EntryManifestLine,
  findCoverageGaps,
  findFinderGaps,
  readFinderCoverage,
} from '../lib/output-coverage.ts';
import { pathsIn } from '../lib/paths.ts';
import { languagePrefixes } from './language-prefixes.ts';

/**
 * Fails the build when an entry did not reach every page it belongs to, so nothing is dropped silently.
 * It reads the built files, not the code that wrote them.
 */
export function outputCoverage(): AstroIntegration {
  let prefixes = [''];
  return {
    name: 'circles:output-coverage',
    hooks: {
      'astro:config:done': ({ config }) => {
        prefixes = languagePrefixes(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (urlPath: string) => {
          const file = join(root, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        const readJson = <T>(urlPath: string): T => {
          const text = read(urlPath);
          if (text === undefined) throw new Error(`${urlPath} was not built`);
          return JSON.parse(text) as T;
        };
        // Every language is a whole site: each is checked against its own manifest and finder data.
        for (const prefix of prefixes) {
          const paths = pathsIn(prefix);
          const entries = readJson<EntryManifestLine[]>(paths.entriesData());
          const { finder, gaps: finderGaps } = readFinderCoverage(
            readJson<FinderIndex>(paths.finderIndex()),
            readJson(paths.finderNames()),
            (chunk) => read(paths.finderCards(chunk)),
          );
          const placed = [...finder.values()].filter((entry) => entry.placed).length;
          const gaps = [
            ...findCoverageGaps(entries, read, paths),
            ...finderGaps,
            ...findFinderGaps(entries, finder),
          ];
          if (gaps.length > 0) {
            throw new Error(
              `Some entries are missing from the site${prefix ? ` in ${prefix}/` : ''}:\n${gaps.join('\n')}`,
            );
          }
          logger.info(
            `${prefix || '/'}: every one of ${entries.length} entries has its page and is in every list it belongs to, the ${finder.size} open ones are in the finder, and the ${placed} with a public place on its map`,
          );
        }
      },
    },
  };
}
