/**
 * One language's search index, in a process of its own: `node scripts/lib/index-language.ts <site> <prefix>`.
 * Run by after-astro.ts for every language at once, as Pagefind's service indexes one page at a time.
 * Prints what it did; exits 1 with the error on any failure.
 */
import { writeLanguageIndex } from '../../src/lib/search/write-search-index.ts';

const [root, prefix = ''] = process.argv.slice(2);
if (!root) throw new Error('usage: index-language.ts <site folder> [language prefix, e.g. /es]');
try {
  console.log(await writeLanguageIndex(root, prefix));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
