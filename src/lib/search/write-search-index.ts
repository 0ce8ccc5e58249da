import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { paths, pathsIn } from '../paths.ts';

/** Pagefind's ready-made interfaces, which the site does not use: left out of the output. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The routes whose layouts mark `data-pagefind-body` (EntryLayout, ArticleLayout for guides). */
const SEARCHED_FOLDERS = ['groups', 'services', 'guides'];

/**
 * The pages Pagefind reads, in every language: only those it can index. Left to itself it would parse
 * every HTML file of the output (lists, handouts, the finder's card chunks: more than half the files at
 * 10,000 entries) only to find no searchable body in them.
 */
export function searchedPages(prefixes: readonly string[]): string {
  const folders = prefixes.flatMap((prefix) =>
    SEARCHED_FOLDERS.map((folder) => `${prefix.replace(/^\//, '')}${prefix ? '/' : ''}${folder}`),
  );
  return `{${folders.join(',')}}/*/index.html`;
}

/** How many entry pages the built site lists, in every language (each language's data/entries.json). */
function entryPages(root: string, prefixes: readonly string[]): number {
  return prefixes.reduce(
    (sum, prefix) =>
      sum + (JSON.parse(readFileSync(join(root, pathsIn(prefix).entriesData()), 'utf8')) as unknown[]).length,
    0,
  );
}

/**
 * Indexes a built site's pages with Pagefind (entries and guides: the pages that mark their content with
 * `data-pagefind-body`) and writes the index to /pagefind/. Throws on any indexing error, or when an entry
 * page did not reach the index; returns what it did, in a sentence.
 */
export async function writeSearchIndex(root: string, prefixes: readonly string[]): Promise<string> {
  try {
    // Each page's <html lang> picks its index, so /es/search/ searches the Spanish pages with Spanish
    // word stemming, and the English search never returns a Spanish page.
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root, glob: searchedPages(prefixes) });
    if (added.errors.length > 0) throw new Error(`Search indexing failed:\n${added.errors.join('\n')}`);
    const entries = entryPages(root, prefixes);
    if (added.page_count < entries) {
      throw new Error(
        `Search indexed ${added.page_count} pages but the directory has ${entries} entry pages in ${prefixes.length} languages`,
      );
    }
    const written = await index.writeFiles({ outputPath: join(root, paths.searchIndex()) });
    if (written.errors.length > 0) throw new Error(`Search index not written:\n${written.errors.join('\n')}`);
    for (const file of UNUSED_BUNDLES) rmSync(join(written.outputPath, file), { force: true });
    const languages = `${prefixes.length} language${prefixes.length === 1 ? '' : 's'}`;
    return `indexed ${added.page_count} pages for search (${entries} entry pages in ${languages}, and the guides)`;
  } finally {
    await pagefind.close();
  }
}
