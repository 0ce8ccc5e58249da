import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SiteSchema } from '../../schemas/site.ts';
import { parseYaml } from '../validation/parse-yaml.ts';
import type { ImportContext } from './draft.ts';
import { ImportInputError } from './input/import-input-error.ts';

/** A settings or list file read with the validator's own reader; one that cannot be read stops the import. */
async function readYamlFile(root: string, name: string): Promise<unknown> {
  const file = path.join(root, name);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ImportInputError(
      `${file} could not be read (${error.code ?? error.message}) — run npm run validate -- --root ${root}`,
    );
  });
  const parsed = parseYaml(text);
  if (!parsed.readable)
    throw new ImportInputError(
      `${file} is not valid YAML (line ${parsed.problems[0]?.line ?? 1}) — run npm run validate -- --root ${root} and fix it first`,
    );
  return parsed.data;
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
