import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pathsIn } from '../paths.ts';
import { byName } from '../text.ts';

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

interface SearchedPage {
  /** Its address from the language's folder: Pagefind puts it after the folder its index sits in. */
  url: string;
  file: string;
  kind: 'entry' | 'guide';
}

/** Pages sent to Pagefind before waiting for its answers: enough to keep it busy, few held in memory. */
const IN_FLIGHT = 32;

/** A language's built guides, in the order of their addresses. */
function guidePages(root: string, prefix: string): SearchedPage[] {
  const under = join(root, prefix, 'guides');
  if (!existsSync(under)) return [];
  return readdirSync(under, { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(join(under, item.name, 'index.html')))
    .map((item) => ({
      url: `/guides/${item.name}/`,
      file: join(under, item.name, 'index.html'),
      kind: 'guide' as const,
    }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/**
 * Every page of one language to index: first each entry (from the language's data/entries.json, the list
 * the output coverage checks) by name, groups and services together, then the guides. Pagefind numbers
 * pages in the order they are added, and a search with filters but no words returns them in that order:
 * so results come by name without a sort index, which every first search would otherwise download
 * (21 KiB of 191 at 10,000 entries).
 */
export function searchedPagesInOrder(root: string, prefix: string): SearchedPage[] {
  const entries = JSON.parse(readFileSync(join(root, pathsIn(prefix).entriesData()), 'utf8')) as {
    id: string;
    name: string;
    url: string;
  }[];
  return [
    ...[...entries].sort(byName).map(({ url }) => ({
      url: url.slice(prefix.length),
      file: join(root, url, 'index.html'),
      kind: 'entry' as const,
    })),
    ...guidePages(root, prefix),
  ];
}

/** Adds the pages in order, a few requests in flight: Pagefind's service handles them one at a time, in the order sent. */
async function addInOrder(index: pagefind.PagefindIndex, pages: readonly SearchedPage[]): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  let added = 0;
  for (const page of pages) {
    if (!existsSync(page.file))
      throw new Error(`Search indexing: ${page.url} is in the directory but was not built (${page.file})`);
    const request = index
      .addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') })
      .then(({ errors }) => {
        if (errors.length > 0) failures.push(`${page.url}: ${errors.join('; ')}`);
        else added++;
        inFlight.delete(request);
      });
    inFlight.add(request);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length > 0) throw new Error(`Search indexing failed:\n${failures.join('\n')}`);
  return added;
}

/**
 * Indexes one language's pages with Pagefind (its entries and guides: the pages that mark their content
 * with `data-pagefind-body`) and writes that language's index to its own folder (`/pagefind/`,
 * `/es/pagefind/`). Pagefind's service adds pages one at a time, so each language runs in a process of its
 * own, side by side (scripts/lib/after-astro.ts). Throws on any indexing error or a missing entry page;
 * returns what it did, in a sentence.
 */
export async function writeLanguageIndex(root: string, prefix: string): Promise<string> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pages = searchedPagesInOrder(root, prefix);
    const added = await addInOrder(index, pages);
    const entries = pages.filter((page) => page.kind === 'entry').length;
    const written = await index.writeFiles({ outputPath: join(root, pathsIn(prefix).searchIndex()) });
    if (written.errors.length > 0) throw new Error(`Search index not written:\n${written.errors.join('\n')}`);
    for (const file of UNUSED_BUNDLES) rmSync(join(written.outputPath, file), { force: true });
    return `${prefix || '/'}: indexed ${added} pages for search (${entries} entry pages and ${added - entries} guides)`;
  } finally {
    await pagefind.close();
  }
}
