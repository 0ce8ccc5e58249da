/**
 * The build's last steps, run by scripts/build.ts once Astro has exited, so Pagefind's indexer never
 * holds its memory while Astro still holds the whole build: the search index, then the location audit of
 * the search fragments against the directory Astro's process handed over. Throws on any failure.
 */
import { join } from 'node:path';
import { auditFolder } from '../../src/integrations/location-audit.ts';
import { contentFolder } from '../../src/lib/directory/content-folder.ts';
import { readConfigSettings } from '../../src/lib/directory/site-settings.ts';
import { languagePrefix, paths } from '../../src/lib/paths.ts';
import { readAuditedDirectory } from '../../src/lib/privacy/audited-directory-file.ts';
import { writeSearchIndex } from '../../src/lib/search/write-search-index.ts';

/** A log line in Astro's own form (`12:00:00 [name] message`), which the build benchmark reads. */
const log = (name: string, message: string) =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [${name}] ${message}`);

export async function searchStep(root: string, directoryFile: string): Promise<void> {
  log('circles:build', 'Astro has finished; indexing for search');
  const { languages, defaultLanguage } = readConfigSettings(contentFolder());
  const prefixes = languages.map((lang) => languagePrefix(lang, defaultLanguage));
  log('circles:search-index', await writeSearchIndex(root, prefixes));
  const directory = readAuditedDirectory(directoryFile);
  const count = auditFolder(directory, root, join(root, paths.searchIndex()));
  log(
    'circles:search-audit',
    `${count} search files checked: none says more about a place than its public view`,
  );
}
