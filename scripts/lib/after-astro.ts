/**
 * The build's last steps, run by scripts/build.ts once Astro has exited, so that neither they nor
 * Pagefind's indexer hold memory while Astro holds the whole build: the search index and, while it is
 * written, the location audit of every other output; then the output coverage and the audit of the
 * search index, against the directory Astro's process handed over. Throws on any failure.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { auditFolder } from '../../src/integrations/location-audit.ts';
import { checkOutputCoverage } from '../../src/integrations/output-coverage.ts';
import { contentFolder } from '../../src/lib/directory/content-folder.ts';
import { readConfigSettings } from '../../src/lib/directory/site-settings.ts';
import { languagePrefix, pathsIn } from '../../src/lib/paths.ts';
import { readAuditedDirectory } from '../../src/lib/privacy/audited-directory-file.ts';

/** A log line in Astro's own form (`12:00:00 [name] message`), which the build benchmark reads. */
const log = (name: string, message: string) =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [${name}] ${message}`);

const run = promisify(execFile);
const indexLanguage = new URL('./index-language.ts', import.meta.url).pathname;

/**
 * Pagefind's peak memory while it writes one language's index, per page indexed, with a fifth to spare:
 * it holds little while pages are added, then grows with them while it builds and writes the index
 * (0.82 GB for 10,005 pages, 2026-12-04; linear from 2,500 pages).
 */
const PAGEFIND_BYTES_PER_PAGE = 100_000;

function indexOneLanguage(root: string, prefix: string): Promise<string> {
  return run(process.execPath, [indexLanguage, root, prefix], { maxBuffer: 2 ** 24 }).then(
    ({ stdout }) => stdout.trim(),
    (error: { stderr?: string; message: string }) => {
      throw new Error(`Search index for ${prefix || '/'} failed: ${error.stderr?.trim() || error.message}`);
    },
  );
}

/**
 * Every language's index, each in its own process: side by side when their indexers fit in the memory
 * free together (10,000 entries: 22 s against 33 s one after another), else one after another (100,000
 * entries: about 8 GB each). Returns what each did.
 */
async function indexEveryLanguage(
  root: string,
  prefixes: readonly string[],
  entries: number,
): Promise<string[]> {
  // Each language indexes every entry's page (and a few guides, too few to count).
  if (prefixes.length * entries * PAGEFIND_BYTES_PER_PAGE <= process.availableMemory())
    return Promise.all(prefixes.map((prefix) => indexOneLanguage(root, prefix)));
  const done: string[] = [];
  for (const prefix of prefixes) done.push(await indexOneLanguage(root, prefix));
  return done;
}

/**
 * The search index of every language, with the location audit of every other output while it is written;
 * then the output coverage and the audit of the index. Logs each step as Astro logs its own.
 */
export async function afterAstro(root: string, directoryFile: string): Promise<void> {
  log('circles:build', 'Astro has finished; checking its output and indexing for search');
  const { languages, defaultLanguage } = readConfigSettings(contentFolder());
  const prefixes = languages.map((lang) => languagePrefix(lang, defaultLanguage));
  const indexFolders = prefixes.map((prefix) =>
    pathsIn(prefix)
      .searchIndex()
      .replace(/^\/|\/$/g, ''),
  );
  const directory = readAuditedDirectory(directoryFile);
  const indexing = indexEveryLanguage(root, prefixes, directory.groups.length + directory.services.length);
  // While Pagefind indexes, in processes of its own, this one audits every output but the indexes it is
  // writing (at 10,000 entries the two took 26 and 15 s one after the other).
  let pages: number;
  try {
    pages = auditFolder(directory, root, root, (folder) => indexFolders.includes(folder));
  } catch (error) {
    // A failed build removes its staging folder: never while the indexers still write into it.
    await indexing.catch(() => undefined);
    throw error;
  }
  log('circles:location-audit', `${pages} files checked while the search index was written`);
  log('circles:search-index', (await indexing).join('; '));
  // After the indexers, not beside them: the coverage's readings would stay in this process's memory
  // while theirs peaked (3.4 against 2.9 GiB at 10,000 entries).
  for (const line of checkOutputCoverage(root, prefixes)) log('circles:output-coverage', line);
  const searchFiles = indexFolders.reduce(
    (sum, folder) => sum + auditFolder(directory, root, join(root, folder)),
    0,
  );
  log(
    'circles:location-audit',
    `${pages + searchFiles} files checked, the search index's included: no output says more about a place than its public view`,
  );
}
