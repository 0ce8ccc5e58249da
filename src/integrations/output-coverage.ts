import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FinderIndex } from '../lib/finder/finder-data.ts';
import {
  type EntryManifestLine,
  findCoverageGaps,
  findFinderGaps,
  type PageReader,
  readFinderCoverage,
} from '../lib/output-coverage.ts';
import { checksRunAfterAstro } from '../lib/output-folder.ts';
import { pathsIn } from '../lib/paths.ts';
import { languagePrefixes } from './language-prefixes.ts';

/** One language's check against its own manifest and finder data: a line saying so, or it throws. */
function checkLanguage(read: PageReader, prefix: string): string {
  const readJson = <T>(urlPath: string): T => {
    const text = read(urlPath);
    if (text === undefined) throw new Error(`${urlPath} was not built`);
    return JSON.parse(text) as T;
  };
  const paths = pathsIn(prefix);
  const entries = readJson<EntryManifestLine[]>(paths.entriesData());
  const { finder, gaps: finderGaps } = readFinderCoverage(
    readJson<FinderIndex>(paths.finderIndex()),
    readJson(paths.finderNames()),
    (chunk) => read(paths.finderCards(chunk)),
  );
  const gaps = [...findCoverageGaps(entries, read, paths), ...finderGaps, ...findFinderGaps(entries, finder)];
  if (gaps.length > 0)
    throw new Error(
      `Some entries are missing from the site${prefix ? ` in ${prefix}/` : ''}:\n${gaps.join('\n')}`,
    );
  const placed = [...finder.values()].filter((entry) => entry.placed).length;
  return `${prefix || '/'}: every one of ${entries.length} entries has its page and is in every list it belongs to, the ${finder.size} open ones are in the finder, and the ${placed} with a public place on its map`;
}

/**
 * Checks that every entry reached every page it belongs to in a built site, every language a whole site
 * of its own, reading the built files, not the code that wrote them; throws with one line per gap, else
 * returns one line per language.
 */
export function checkOutputCoverage(root: string, prefixes: readonly string[]): string[] {
  const read: PageReader = (urlPath) => {
    const file = join(root, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return prefixes.map((prefix) => checkLanguage(read, prefix));
}

/**
 * Fails the build when an entry did not reach every page it belongs to, so nothing is dropped silently.
 * Under `npm run build` the check runs once Astro has exited (scripts/lib/after-astro.ts), when its
 * memory is free: at 100,000 entries Astro's process holds nearly all V8 allows by the end of its build.
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
        if (checksRunAfterAstro()) return;
        for (const line of checkOutputCoverage(fileURLToPath(dir), prefixes)) logger.info(line);
      },
    },
  };
}
