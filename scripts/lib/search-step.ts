/**
 * The build's last steps, run by scripts/build.ts once Astro has exited, so Pagefind's indexer never
 * holds its memory while Astro still holds the whole build: the search index, then the location audit of
 * the search fragments against the directory Astro's process handed over. Throws on any failure.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { auditFolder } from '../../src/integrations/location-audit.ts';
import { contentFolder } from '../../src/lib/directory/content-folder.ts';
import { readConfigSettings } from '../../src/lib/directory/site-settings.ts';
import { languagePrefix, pathsIn } from '../../src/lib/paths.ts';
import { readAuditedDirectory } from '../../src/lib/privacy/audited-directory-file.ts';

/** A log line in Astro's own form (`12:00:00 [name] message`), which the build benchmark reads. */
const log = (name: string, message: string) =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [${name}] ${message}`);

const run = promisify(execFile);
const indexLanguage = new URL('./index-language.ts', import.meta.url).pathname;

/** Every language's index at once, each in its own process; the first failure's message, if any. */
async function indexEveryLanguage(root: string, prefixes: readonly string[]): Promise<string[]> {
  const runs = prefixes.map((prefix) =>
    run(process.execPath, [indexLanguage, root, prefix], { maxBuffer: 2 ** 24 }).then(
      ({ stdout }) => stdout.trim(),
      (error: { stderr?: string; message: string }) => {
        throw new Error(`Search index for ${prefix || '/'} failed: ${error.stderr?.trim() || error.message}`);
      },
    ),
  );
  return Promise.all(runs);
}

export async function searchStep(root: string, directoryFile: string): Promise<void> {
  log('circles:build', 'Astro has finished; indexing for search');
  const { languages, defaultLanguage } = readConfigSettings(contentFolder());
  const prefixes = languages.map((lang) => languagePrefix(lang, defaultLanguage));
  log('circles:search-index', (await indexEveryLanguage(root, prefixes)).join('; '));
  const directory = readAuditedDirectory(directoryFile);
  const count = prefixes.reduce(
    (sum, prefix) => sum + auditFolder(directory, root, join(root, pathsIn(prefix).searchIndex())),
    0,
  );
  log(
    'circles:search-audit',
    `${count} search files checked: none says more about a place than its public view`,
  );
}
