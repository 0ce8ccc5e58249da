import { getCollection } from 'astro:content';
import { referenceDate } from '../staleness.ts';
import { buildDirectory } from './build-directory.ts';
import type { Directory, RawEntry } from './types.ts';

/** The content folder, relative to the repository root: where new entries' files go. */
export const contentRoot = process.env.CIRCLES_CONTENT_DIR ?? 'content';
const root = contentRoot;

const withFile = <T>(
  entry: { id: string; data: T; filePath?: string | undefined },
  folder: string,
): RawEntry<T> => ({
  id: entry.id,
  data: entry.data,
  file: entry.filePath ?? `${root}/${folder}/${entry.id}.yaml`,
});

async function load(): Promise<Directory> {
  const [site, topics, areas, organizations, groups, services] = await Promise.all([
    getCollection('site'),
    getCollection('topics'),
    getCollection('areas'),
    getCollection('organizations'),
    getCollection('groups'),
    getCollection('services'),
  ]);
  const settings = site[0]?.data;
  if (!settings) throw new Error(`${root}/site.yaml is missing or empty — run npm run validate to see why`);
  return buildDirectory(
    {
      site: settings,
      topics: topics.map((entry) => entry.data),
      areas: areas.map((entry) => entry.data),
      organizations: organizations.map((entry) => withFile(entry, 'organizations')),
      groups: groups.map((entry) => withFile(entry, 'groups')),
      services: services.map((entry) => withFile(entry, 'services')),
      files: { topics: `${root}/topics.yaml`, areas: `${root}/areas.yaml` },
    },
    referenceDate(),
  );
}

let directory: Promise<Directory> | undefined;

/**
 * The directory, loaded once per build and shared by every page. Pages and components call this, never
 * `getCollection` for entries, so every output sees the same public view.
 */
export function getDirectory(): Promise<Directory> {
  directory ??= load();
  return directory;
}
