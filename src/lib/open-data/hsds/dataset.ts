import type { Directory, PublicEntry } from '../../directory/types.ts';
import { idMaker } from '../ids.ts';
import { compact, EXTENSION_PREFIX, type HsdsObject, oneToOne } from './hsds-object.ts';
import { hsdsService, organizationIdOf, organizationOf } from './service.ts';
import { hsdsTaxonomies } from './taxonomies.ts';

/** The whole directory in HSDS 3.0, built once per directory view and read by every HSDS file. */
export interface HsdsDataset {
  /** Fully nested services, one per entry (groups too, marked by the `circles-entry-kind` term). */
  services: HsdsObject[];
  /** Fully nested organisations, each with its services' one-to-one fields. */
  organizations: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomyTerms: HsdsObject[];
}

type DatasetDirectory = Pick<Directory, 'site' | 'lang' | 'paths' | 'topics' | 'groups' | 'services'>;

function build(directory: DatasetDirectory): HsdsDataset {
  const id = idMaker(directory.site);
  const { taxonomies, terms, attributesOf } = hsdsTaxonomies(directory, id);
  const ctx = { directory, id, attributesOf };
  const entries: PublicEntry[] = [...directory.groups, ...directory.services];
  const services = entries.map((entry) => hsdsService(ctx, entry));

  const organizations = new Map<string, HsdsObject>();
  entries.forEach((entry, index) => {
    const orgId = organizationIdOf(ctx, entry);
    const org = organizations.get(orgId) ?? { ...organizationOf(ctx, entry), services: [] };
    (org.services as HsdsObject[]).push(oneToOne(services[index] as HsdsObject));
    organizations.set(orgId, org);
  });

  return {
    services,
    organizations: [...organizations.values()].map((org) => compact(org)),
    taxonomies,
    taxonomyTerms: terms,
  };
}

// Shared through a registered global, like lib/directory/built-directory.ts: the pages' bundle and the
// build's own writer of per-entry files (integrations/entry-files.ts) then make the dataset once.
const KEY = Symbol.for('circles.hsds-datasets');
const registry = globalThis as typeof globalThis & { [KEY]?: WeakMap<DatasetDirectory, HsdsDataset> };
registry[KEY] ??= new WeakMap();
const built = registry[KEY];

/** The HSDS dataset of a directory view, computed on first use (thousands of files read it). */
export function hsdsDataset(directory: DatasetDirectory): HsdsDataset {
  let dataset = built.get(directory);
  if (!dataset) {
    dataset = build(directory);
    built.set(directory, dataset);
  }
  return dataset;
}

/**
 * How many organisations the directory's HSDS dataset has (one per organisation named, one for each
 * entry that names none), without making the dataset: the open-data page of every language says it, and
 * a whole dataset held for each language was 40 MiB of the build's memory at 10,000 entries.
 */
export function hsdsOrganizationCount(directory: Pick<Directory, 'site' | 'groups' | 'services'>): number {
  const ctx = { id: idMaker(directory.site) };
  return new Set([...directory.groups, ...directory.services].map((entry) => organizationIdOf(ctx, entry)))
    .size;
}

/** Our own fields in an HSDS object, which a strict HSDS reader may drop. */
export const isExtension = (field: string) => field.startsWith(EXTENSION_PREFIX);
