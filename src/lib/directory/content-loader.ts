import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../validation/problem.ts';
import { formatReport } from '../validation/report.ts';
import { type ReadContent, type ReadEntry, readAndValidateContent } from '../validation/validate-content.ts';

// One reading per content folder and build, shared by every collection's loader.
const readings = new Map<string, Promise<ReadContent>>();
const reported = new WeakSet<object>();
// The collections each content folder has loaders for, and those a build has filled from its reading.
const registered = new Map<string, Set<CollectionName>>();
const filled = new Map<string, Set<CollectionName>>();

/**
 * In a build, the reading is let go once every collection has been filled from it: Astro's store holds
 * what the pages read, and the reading (every file's text and parse) was 11 MiB at 10,000 entries, held
 * to the build's end. `astro dev` keeps it for the next change.
 */
function noteFilled(root: string, cwd: string, collection: CollectionName): void {
  const key = resolve(cwd, root);
  const done = filled.get(key) ?? new Set();
  filled.set(key, done.add(collection));
  if (done.size < (registered.get(root)?.size ?? 0)) return;
  readings.delete(key);
  filled.delete(key);
}

function readingOf(root: string, cwd: string): Promise<ReadContent> {
  const key = resolve(cwd, root);
  let reading = readings.get(key);
  if (!reading) {
    reading = readAndValidateContent(root, { cwd });
    readings.set(key, reading);
  }
  return reading;
}

/** Lists (topics, areas, synonyms, places) are one file holding many items, each its own entry. */
const LISTS: Partial<Record<CollectionName, 'id' | 'index'>> = {
  topics: 'id',
  areas: 'id',
  synonyms: 'index',
  places: 'index',
};

interface StoredItem {
  id: string;
  data: Record<string, unknown>;
  entry: ReadEntry;
}

function itemsOf(entry: ReadEntry): StoredItem[] {
  const list = LISTS[entry.collection];
  if (!list) return [{ id: entry.id, data: entry.data as Record<string, unknown>, entry }];
  return (entry.data as Record<string, unknown>[]).map((data, index) => ({
    id: list === 'id' ? String(data.id) : String(index + 1),
    data,
    entry,
  }));
}

async function sync(collection: CollectionName, root: string, context: LoaderContext): Promise<void> {
  const { config, store, parseData, generateDigest, logger, watcher } = context;
  const { result, entries } = await readingOf(root, fileURLToPath(config.root));
  if (result.problems.length > 0) {
    // Every collection shares the reading: its report is shown once.
    if (!reported.has(result))
      logger.error(`${formatReport(result)}\nRun npm run validate to see the same list.`);
    reported.add(result);
    // In `astro dev` the last good content stays on screen until the file is fixed.
    if (watcher) return;
    // A build stops here. Throwing would print a stack trace under the report, which reads as if the
    // site were broken; the report names every file, line, field and fix, and is the whole story.
    process.exit(1);
  }
  store.clear();
  for (const item of entries.filter((entry) => entry.collection === collection).flatMap(itemsOf)) {
    const { entry } = item;
    const filePath = resolve(fileURLToPath(config.root), entry.file);
    const data = await parseData({ id: item.id, data: item.data, filePath });
    store.set({
      id: item.id,
      data,
      filePath: entry.file,
      digest: generateDigest(`${entry.text}\0${item.id}`),
      ...(entry.body === undefined ? {} : { body: entry.body, deferredRender: true }),
    });
  }
}

// In `astro dev`: one watcher per content folder, which re-reads it once and refills every collection.
const watchers = new Map<string, { collection: CollectionName; context: LoaderContext }[]>();

function watch(root: string, collection: CollectionName, context: LoaderContext): void {
  if (!context.watcher) return;
  const folder = resolve(fileURLToPath(context.config.root), root);
  let loaders = watchers.get(folder);
  if (!loaders) {
    const all: { collection: CollectionName; context: LoaderContext }[] = [];
    watchers.set(folder, all);
    loaders = all;
    context.watcher.add(folder);
    context.watcher.on('all', (_event, changed) => {
      if (!changed.startsWith(folder)) return;
      readings.delete(folder);
      for (const loader of all)
        sync(loader.collection, root, loader.context).catch((error: Error) =>
          loader.context.logger.error(error.message),
        );
    });
  }
  loaders.push({ collection, context });
}

/**
 * The only way the site reads its content: each collection is filled from the validator's own reading
 * (its file list, its YAML parser, its schemas), and a build of content with any problem stops with the
 * validator's report. An .mdx file's body is rendered by the MDX integration, as Astro's glob loader
 * would; its front matter is the one the validator read. In `astro dev`, a change re-reads the folder.
 */
export function contentLoader(collection: CollectionName, root: string): Loader {
  registered.set(root, (registered.get(root) ?? new Set()).add(collection));
  return {
    name: `circles-${collection}`,
    load: async (context) => {
      await sync(collection, root, context);
      if (context.watcher) watch(root, collection, context);
      else noteFilled(root, fileURLToPath(context.config.root), collection);
    },
  };
}
