import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { SiteSchema } from '../../schemas/site.ts';
import type { ImportContext } from './draft.ts';
import { ImportInputError } from './input/import-input-error.ts';

async function readYamlFile(root: string, name: string): Promise<unknown> {
  try {
    return parse(await readFile(path.join(root, name), 'utf8'));
  } catch (error) {
    throw new ImportInputError(
      `${path.join(root, name)} could not be read (${(error as Error).message.split('\n')[0]}) — run npm run validate -- --root ${root}`,
    );
  }
}

const listOf = (value: unknown) =>
  (Array.isArray(value) ? value : []).filter(
    (item): item is { id: string; label: string | Record<string, string> } =>
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string',
  );

/** What the importers need from the content folder they write into: its site settings and lists. */
export async function importContext(
  root: string,
  options: { today: string; topic: string; category: string },
): Promise<ImportContext> {
  const site = SiteSchema.safeParse(await readYamlFile(root, 'site.yaml'));
  if (!site.success)
    throw new ImportInputError(
      `${path.join(root, 'site.yaml')} is not valid — run npm run validate -- --root ${root} and fix it first`,
    );
  return {
    site: {
      country: site.data.region.country,
      defaultLanguage: site.data.default_language,
      timezone: site.data.timezone,
      regionName: site.data.region.name,
      bounds: site.data.region.bounds,
      centre: site.data.map.centre,
    },
    areas: listOf(await readYamlFile(root, 'areas.yaml')),
    topics: listOf(await readYamlFile(root, 'topics.yaml')),
    today: options.today,
    defaultTopic: options.topic,
    defaultCategory: options.category,
  };
}
