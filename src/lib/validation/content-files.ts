import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { isUiLanguage, uiLanguages } from '../../i18n/index.ts';
import {
  AreasFileSchema,
  ArticleSchema,
  GroupSchema,
  OrganizationSchema,
  PlacesFileSchema,
  ServiceSchema,
  SiteSchema,
  SynonymsFileSchema,
  TopicsFileSchema,
} from '../../schemas/index.ts';
import { closest } from './did-you-mean.ts';
import type { CollectionName } from './problem.ts';
import { reservedReason } from './reserved-names.ts';

/** A file the validator reads: its collection, its id (from its name) and how its data is stored. */
export interface ContentFile {
  path: string;
  collection: CollectionName;
  id: string;
  format: 'yaml' | 'mdx';
}

/** A problem with a file's name or place, found before reading it. */
export interface FileProblem {
  path: string;
  message: string;
}

export interface ContentFiles {
  files: ContentFile[];
  problems: FileProblem[];
}

/** Which schema checks which file: the same pairs as `src/content.config.ts`. Lists are checked whole. */
export const schemaFor: Record<CollectionName, z.ZodType> = {
  site: SiteSchema,
  topics: TopicsFileSchema,
  areas: AreasFileSchema,
  organizations: OrganizationSchema,
  groups: GroupSchema,
  services: ServiceSchema,
  guides: ArticleSchema,
  pages: ArticleSchema,
  synonyms: SynonymsFileSchema,
  places: PlacesFileSchema,
};

const SINGLE_FILES = {
  site: "is missing — create it with the site's name, region, map and repository (see src/schemas/site.ts)",
  topics: 'is missing — create it with a list of topics, each with id:, label: and description:',
  areas: 'is missing — create it with a list of areas, each with id:, label: and centre:',
} as const satisfies Partial<Record<CollectionName, string>>;

/** Single files a content folder may leave out. */
const OPTIONAL_FILES = ['synonyms', 'places'] as const satisfies readonly CollectionName[];

const FOLDERS = {
  organizations: 'yaml',
  groups: 'yaml',
  services: 'yaml',
  guides: 'mdx',
  pages: 'mdx',
} as const satisfies Partial<Record<CollectionName, 'yaml' | 'mdx'>>;

/**
 * A link is never followed: it could publish a file from outside the content folder (a private list, a
 * key), and what it points to changes without a pull request showing it.
 */
const LINK_PROBLEM =
  'is a symbolic link, which is not followed (it could publish a file from outside the content folder) — put the file itself here instead of a link';

/** Ids, and so file names, are lowercase-kebab: they become web addresses. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The id a misnamed file was probably meant to have: `Foo Bar_2.yml` → `foo-bar-2`. */
export function suggestId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'new-entry' : id;
}

/**
 * Lists the files under a content root and the schema each gets, and reports files the site would
 * ignore or misread: wrong extension, a name that is not an id, folders where files belong, links.
 */
export async function listContentFiles(root: string): Promise<ContentFiles> {
  const found: ContentFiles = { files: [], problems: [] };
  const rootEntries = await readEntries(root);
  const handled = singleFiles(root, rootEntries, found);
  optionalFiles(root, rootEntries, found);
  strayRootEntries(root, rootEntries, handled, found);
  await collectionFolders(root, rootEntries, found);
  orphanTranslations(found);
  return found;
}

/** site.yaml, topics.yaml and areas.yaml: each must be there, under exactly that name. */
function singleFiles(root: string, rootEntries: Dirent[], found: ContentFiles): Set<string> {
  const rootNames = new Set(rootEntries.map((entry) => entry.name));
  const handled = new Set<string>();
  for (const [collection, missingMessage] of Object.entries(SINGLE_FILES) as [
    keyof typeof SINGLE_FILES,
    string,
  ][]) {
    const expected = `${collection}.yaml`;
    const variant = rootEntries.find(
      (entry) =>
        entry.isFile() &&
        entry.name !== expected &&
        /^[^.]+\.ya?ml$/i.test(entry.name) &&
        entry.name.split('.')[0]?.toLowerCase() === collection,
    );
    const linked = rootEntries.find((entry) => entry.name === expected && entry.isSymbolicLink());
    if (linked) {
      found.problems.push({ path: path.join(root, expected), message: LINK_PROBLEM });
    } else if (rootNames.has(expected)) {
      found.files.push({ path: path.join(root, expected), collection, id: collection, format: 'yaml' });
    } else if (variant) {
      handled.add(variant.name);
      found.problems.push({
        path: path.join(root, variant.name),
        message: `is not read under this name — rename it to ${expected}`,
      });
      found.files.push({ path: path.join(root, variant.name), collection, id: collection, format: 'yaml' });
    } else {
      found.problems.push({ path: path.join(root, expected), message: missingMessage });
    }
  }
  return handled;
}

/** synonyms.yaml and places.yaml, read when they are there. */
function optionalFiles(root: string, rootEntries: Dirent[], found: ContentFiles): void {
  for (const collection of OPTIONAL_FILES) {
    const expected = `${collection}.yaml`;
    const entry = rootEntries.find((item) => item.name === expected);
    if (entry?.isSymbolicLink())
      found.problems.push({ path: path.join(root, expected), message: LINK_PROBLEM });
    else if (entry)
      found.files.push({ path: path.join(root, expected), collection, id: collection, format: 'yaml' });
  }
}

/** Files and folders at the root that nothing reads: a misspelt folder, a YAML file with another name. */
function strayRootEntries(
  root: string,
  rootEntries: Dirent[],
  handled: Set<string>,
  found: ContentFiles,
): void {
  const known = [
    ...[...Object.keys(SINGLE_FILES), ...OPTIONAL_FILES].map((name) => `${name}.yaml`),
    ...Object.keys(FOLDERS),
  ];
  for (const entry of rootEntries) {
    if (entry.name.startsWith('.') || known.includes(entry.name) || handled.has(entry.name)) continue;
    if (entry.isDirectory()) {
      const meant = closest(entry.name, Object.keys(FOLDERS));
      if (meant) {
        found.problems.push({
          path: path.join(root, entry.name),
          message: `is not a content folder, so nothing in it is read — did you mean ${meant}/? Move the files there`,
        });
      }
    } else if (/\.ya?ml$/i.test(entry.name)) {
      const meant = closest(entry.name.replace(/\.ya?ml$/i, ''), [
        ...Object.keys(SINGLE_FILES),
        ...OPTIONAL_FILES,
      ]);
      found.problems.push({
        path: path.join(root, entry.name),
        message: meant
          ? `is not one of the content files, so it is not read — did you mean ${meant}.yaml?`
          : 'is not one of the content files (site.yaml, topics.yaml, areas.yaml, synonyms.yaml, places.yaml), so it is not read — move an entry into groups/, services/ or organizations/',
      });
    }
  }
}

/** The entries in organizations/, groups/, services/, guides/ and pages/. */
async function collectionFolders(root: string, rootEntries: Dirent[], found: ContentFiles): Promise<void> {
  for (const [collection, extension] of Object.entries(FOLDERS) as [keyof typeof FOLDERS, 'yaml' | 'mdx'][]) {
    const folder = path.join(root, collection);
    if (rootEntries.some((entry) => entry.name === collection && entry.isSymbolicLink())) {
      found.problems.push({
        path: folder,
        message: LINK_PROBLEM.replace('put the file itself', 'put the folder itself'),
      });
      continue;
    }
    for (const entry of await readEntries(folder)) {
      const checked = classify(entry, collection, extension);
      const filePath = path.join(folder, entry.name);
      if (checked.problem) found.problems.push({ path: filePath, message: checked.problem });
      if (checked.id) found.files.push({ path: filePath, collection, id: checked.id, format: extension });
    }
  }
}

/** A translation (`first-meeting.es.mdx`) needs its original: every language shows the same pages. */
function orphanTranslations(found: ContentFiles): void {
  const ids = new Set(found.files.map((file) => `${file.collection}/${file.id}`));
  for (const file of found.files) {
    const original = file.format === 'mdx' ? /^(.+)\.[a-z]{2,3}$/.exec(file.id)?.[1] : undefined;
    if (original && !ids.has(`${file.collection}/${original}`)) {
      found.problems.push({
        path: file.path,
        message: `translates ${original}.mdx, which does not exist — add the original in the site's main language, or fix the name`,
      });
    }
  }
}

/** Whether a file in a collection folder is read, under which id, and what is wrong with its name. */
function classify(
  entry: Dirent,
  collection: string,
  extension: 'yaml' | 'mdx',
): { id?: string; problem?: string } {
  if (entry.isSymbolicLink()) return { problem: LINK_PROBLEM };
  // Hidden files (.gitkeep, .DS_Store) are not entries; a hidden entry file would vanish without a word.
  if (entry.name.startsWith('.'))
    return /\.(ya?ml|mdx?)$/i.test(entry.name)
      ? {
          problem: `is a hidden file (its name starts with a dot), so it would never be read — rename it to ${suggestId(entry.name.replace(/^\.+/, '').replace(/\.[^.]+$/, ''))}.${extension}`,
        }
      : {};
  if (entry.isDirectory()) {
    return {
      problem: `is a folder inside ${collection}/, and folders there are not read — move its files up into ${collection}/`,
    };
  }
  const dot = entry.name.lastIndexOf('.');
  const stem = dot > 0 ? entry.name.slice(0, dot) : entry.name;
  const ext = dot > 0 ? entry.name.slice(dot + 1) : '';
  const readable = extension === 'yaml' ? /^ya?ml$/i.test(ext) : /^(mdx|md|markdown)$/i.test(ext);
  const rename = `${suggestId(stem)}.${extension}`;
  if (!readable) {
    const what = extension === 'yaml' ? 'a YAML file' : 'an .mdx file';
    return {
      problem: `is not ${what}, so it will be ignored — move it out of ${collection}/, or if it is an entry, save it as ${rename}`,
    };
  }
  if (ext !== extension) {
    return {
      id: suggestId(stem),
      problem: `ends in .${ext}, so it will be ignored — rename it to ${rename}`,
    };
  }
  const translation = extension === 'mdx' ? /^(.+)\.([a-z]{2,3})$/.exec(stem) : null;
  if (translation?.[1] && translation[2] && ID_PATTERN.test(translation[1])) {
    return isUiLanguage(translation[2])
      ? { id: stem }
      : {
          problem: `looks like a translation into "${translation[2]}", which is not an interface language (${uiLanguages.join(', ')}) — name it ${translation[1]}.<language>.mdx with one of those, such as ${translation[1]}.es.mdx`,
        };
  }
  if (!ID_PATTERN.test(stem)) {
    return {
      id: suggestId(stem),
      problem: `has a name that is not a valid id — rename it to ${rename}: lowercase letters, digits and single hyphens (the file name is the entry's id and web address)`,
    };
  }
  const reserved = reservedReason(collection, stem);
  if (reserved) {
    const other = collection === 'pages' ? `about-${stem}` : `${collection.replace(/s$/, '')}-${stem}`;
    return {
      problem: `has a name that ${reserved}, so it cannot be used — rename it, such as ${other}.${extension}`,
    };
  }
  return { id: stem };
}

async function readEntries(folder: string): Promise<Dirent[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    // A collection folder may be absent (git keeps no empty folders): it then holds no entries.
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    ) {
      return [];
    }
    throw error;
  }
}
