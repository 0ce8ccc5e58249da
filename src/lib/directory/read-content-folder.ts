import path from 'node:path';
import type { AreaData } from '../../schemas/area.ts';
import type { GroupData } from '../../schemas/group.ts';
import type { OrganizationData } from '../../schemas/organization.ts';
import type { PlaceData } from '../../schemas/place.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { SynonymData } from '../../schemas/synonyms.ts';
import type { TopicData } from '../../schemas/topic.ts';
import { schemaFor } from '../validation/content-files.ts';
import { type ReadEntry, readAndValidateContent } from '../validation/validate-content.ts';
import type { RawContent, RawEntry } from './types.ts';

/** A content folder that cannot be loaded: the validator says exactly why. */
export class InvalidContentError extends Error {
  override name = 'InvalidContentError';
}

/**
 * Reads a content folder into `RawContent` outside Astro (command-line tools: PR summary, stale report),
 * with the validator's own file list, YAML reader and schemas, so it reads exactly what the site reads.
 * File paths are relative to `cwd`, like the `source` the site shows. It expects valid content: on the
 * first problem it throws, naming the file and pointing at `npm run validate`.
 */
export async function readContentFolder(root: string, cwd = process.cwd()): Promise<RawContent> {
  const { content, invalid } = await readContent(root, cwd);
  if (invalid[0])
    throw new InvalidContentError(
      `${invalid[0]} is not valid — run npm run validate -- --root ${root} to see what to fix`,
    );
  return content;
}

/**
 * Reads what it can of a content folder: every valid file, and the names of those that are not (the
 * pull request summary still compares the rest). Throws only when site.yaml, topics.yaml or areas.yaml
 * cannot be read, since nothing can be built without them.
 */
export async function readContentLeniently(
  root: string,
  cwd = process.cwd(),
): Promise<{ content: RawContent; invalid: string[] }> {
  const { content, invalid } = await readContent(root, cwd);
  const lists = [
    content.files.topics,
    content.files.areas,
    `${content.files.topics.replace(/topics\.yaml$/, '')}site.yaml`,
  ];
  const blocking = invalid.find((file) => lists.includes(file));
  if (blocking)
    throw new InvalidContentError(
      `${blocking} is not valid — run npm run validate -- --root ${root} to see what to fix`,
    );
  return { content, invalid };
}

async function readContent(root: string, cwd: string): Promise<{ content: RawContent; invalid: string[] }> {
  const absoluteRoot = path.resolve(cwd, root);
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  const { entries, result } = await readAndValidateContent(root, { cwd });
  // A file the validator could not read at all (a syntax error) has problems but no entry.
  const read = new Set(entries.map((entry) => entry.file));
  const invalid = new Set(result.problems.map((problem) => problem.file).filter((file) => !read.has(file)));
  const content: Omit<RawContent, 'site'> & { site?: SiteData } = {
    topics: [],
    areas: [],
    places: [],
    organizations: [],
    groups: [],
    services: [],
    files: {
      topics: shown(path.join(absoluteRoot, 'topics.yaml')),
      areas: shown(path.join(absoluteRoot, 'areas.yaml')),
    },
  };
  for (const file of entries) {
    if (file.body !== undefined) continue;
    if (!file.valid) {
      invalid.add(file.file);
      continue;
    }
    addEntry(content, file, schemaFor[file.collection].parse(file.data));
  }
  const { site } = content;
  if (!site) {
    const first = [...invalid].sort()[0];
    if (first)
      throw new InvalidContentError(
        `${first} is not valid — run npm run validate -- --root ${root} to see what to fix`,
      );
    throw new InvalidContentError(`${shown(absoluteRoot)}/site.yaml is missing — run npm run validate`);
  }
  return { content: { ...content, site }, invalid: [...invalid].sort() };
}

/** Puts one valid file's data where `RawContent` keeps its collection. */
function addEntry(
  content: Omit<RawContent, 'site'> & { site?: SiteData },
  file: ReadEntry,
  data: unknown,
): void {
  const entry = <T>(): RawEntry<T> => ({ id: file.id, data: data as T, file: file.file });
  switch (file.collection) {
    case 'site':
      content.site = data as SiteData;
      break;
    case 'topics':
      content.topics = data as TopicData[];
      break;
    case 'areas':
      content.areas = data as AreaData[];
      break;
    case 'places':
      content.places = data as PlaceData[];
      break;
    case 'synonyms':
      content.synonyms = data as SynonymData[];
      break;
    case 'organizations':
      content.organizations.push(entry<OrganizationData>());
      break;
    case 'groups':
      content.groups.push(entry<GroupData>());
      break;
    case 'services':
      content.services.push(entry<ServiceData>());
      break;
  }
}
