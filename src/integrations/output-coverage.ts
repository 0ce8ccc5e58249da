import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { MapData } from '../lib/map/map-data.ts';
import { type EntryManifestLine, findCoverageGaps, findMapGaps } from '../lib/output-coverage.ts';
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
        // Every language is a whole site: each is checked against its own manifest and map data.
        for (const prefix of prefixes) {
          const paths = pathsIn(prefix);
          const manifest = read(paths.entriesData());
          if (manifest === undefined) throw new Error(`${paths.entriesData()} was not built`);
          const entries = JSON.parse(manifest) as EntryManifestLine[];
          const mapJson = read(paths.mapData());
          if (mapJson === undefined) throw new Error(`${paths.mapData()} was not built`);
          const onMap = (JSON.parse(mapJson) as MapData).entries.map((place) => `${place.kind}:${place.id}`);
          const gaps = [...findCoverageGaps(entries, read, paths), ...findMapGaps(entries, new Set(onMap))];
          if (gaps.length > 0) {
            throw new Error(
              `Some entries are missing from the site${prefix ? ` in ${prefix}/` : ''}:\n${gaps.join('\n')}`,
            );
          }
          logger.info(
            `${prefix || '/'}: every one of ${entries.length} entries has its page and is in every list it belongs to, and the ${onMap.length} with a public place are on the map`,
          );
        }
      },
    },
  };
}
