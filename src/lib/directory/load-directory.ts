import { type CollectionEntry, getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { referenceDate } from '../staleness.ts';
import { buildDirectory } from './build-directory.ts';
import { keepBuiltDirectory } from './built-directory.ts';
import { contentFolder } from './content-folder.ts';
import type { Directory, RawContent, RawEntry } from './types.ts';

/**
 * The one door through which pages, components and integrations read content: the collections that
 * src/content.config.ts fills with the validator's own reading. Nothing else calls `getCollection`.
 */

/** The content folder, relative to the repository root: where new entries' files go. */
export const contentRoot = contentFolder();
const root = contentRoot;

/** Every guide or page file, originals and translations (`articles.ts` picks the reader's language). */
export async function articleFiles<C extends 'guides' | 'pages'>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  return (await getCollection(collection)) as CollectionEntry<C>[];
}

/**
 * An optional list file's entries (places.yaml, synonyms.yaml), or none when the folder has no such file:
 * without the check Astro warns that the collection "does not exist or is empty" on every build.
 */
export async function optionalCollection<C extends 'places' | 'synonyms'>(name: C) {
  return existsSync(`${root}/${name}.yaml`) ? getCollection(name) : [];
}

const withFile = <T>(
  entry: { id: string; data: T; filePath?: string | undefined },
  folder: string,
): RawEntry<T> => ({
  id: entry.id,
  data: entry.data,
  file: entry.filePath ?? `${root}/${folder}/${entry.id}.yaml`,
});

async function loadContent(): Promise<{ content: RawContent; today: string }> {
  const [site, topics, areas, places, organizations, groups, services] = await Promise.all([
    getCollection('site'),
    getCollection('topics'),
    getCollection('areas'),
    optionalCollection('places'),
    getCollection('organizations'),
    getCollection('groups'),
    getCollection('services'),
  ]);
  const settings = site[0]?.data;
  if (!settings) throw new Error(`${root}/site.yaml is missing or empty — run npm run validate to see why`);
  return {
    today: referenceDate(),
    content: {
      site: settings,
      topics: topics.map((entry) => entry.data),
      areas: areas.map((entry) => entry.data),
      places: places.map((entry) => entry.data),
      organizations: organizations.map((entry) => withFile(entry, 'organizations')),
      groups: groups.map((entry) => withFile(entry, 'groups')),
      services: services.map((entry) => withFile(entry, 'services')),
      files: { topics: `${root}/topics.yaml`, areas: `${root}/areas.yaml` },
    },
  };
}

let loaded: ReturnType<typeof loadContent> | undefined;
const views = new Map<string, Promise<Directory>>();

/**
 * The directory in one interface language (the site's main language when `lang` is not given), loaded
 * once per build and shared by every page. Pages and components call this with `Astro.currentLocale`,
 * never `getCollection` for entries, so every output sees the same public view.
 */
export async function getDirectory(lang?: string): Promise<Directory> {
  loaded ??= loadContent();
  const { content, today } = await loaded;
  const key = lang ?? content.site.default_language;
  let view = views.get(key);
  if (!view) {
    view = Promise.resolve(buildDirectory(content, today, key));
    views.set(key, view);
    keepBuiltDirectory(await view);
  }
  return view;
}
