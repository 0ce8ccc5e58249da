import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  AreaSchema,
  ArticleSchema,
  GroupSchema,
  OrganizationSchema,
  PlaceSchema,
  ServiceSchema,
  SiteSchema,
  SynonymSchema,
  TopicSchema,
} from './schemas/index.ts';

// Tests point this at small fixture folders; the site itself uses ./content.
const root = process.env.CIRCLES_CONTENT_DIR ?? 'content';
const yamlFiles = (folder: string) => glob({ pattern: '*.yaml', base: `${root}/${folder}` });
// A translation is `<id>.<lang>.mdx`; the id keeps the language suffix (the default would drop the dot).
// An optional list file (synonyms.yaml, places.yaml): absent means an empty list, not an error.
const optionalList = (name: string) =>
  existsSync(`${root}/${name}.yaml`)
    ? file(`${root}/${name}.yaml`, {
        parser: (text): Record<string, Record<string, unknown>> =>
          Object.fromEntries(
            ((parse(text) ?? []) as Record<string, unknown>[]).map((item, index) => [`${index + 1}`, item]),
          ),
      })
    : { name: `no-${name}`, load: async () => {} };
const mdxFiles = (folder: string) =>
  glob({
    pattern: '*.mdx',
    base: `${root}/${folder}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });

export const collections = {
  site: defineCollection({
    loader: file(`${root}/site.yaml`, {
      parser: (text): Record<string, Record<string, unknown>> => ({ site: parse(text) }),
    }),
    schema: SiteSchema,
  }),
  topics: defineCollection({ loader: file(`${root}/topics.yaml`), schema: TopicSchema }),
  areas: defineCollection({ loader: file(`${root}/areas.yaml`), schema: AreaSchema }),
  organizations: defineCollection({ loader: yamlFiles('organizations'), schema: OrganizationSchema }),
  groups: defineCollection({ loader: yamlFiles('groups'), schema: GroupSchema }),
  services: defineCollection({ loader: yamlFiles('services'), schema: ServiceSchema }),
  guides: defineCollection({ loader: mdxFiles('guides'), schema: ArticleSchema }),
  pages: defineCollection({ loader: mdxFiles('pages'), schema: ArticleSchema }),
  // Optional: a content folder without synonyms.yaml simply has no extra search words.
  synonyms: defineCollection({ loader: optionalList('synonyms'), schema: SynonymSchema }),
  // Optional: without places.yaml, "near" knows the areas only.
  places: defineCollection({ loader: optionalList('places'), schema: PlaceSchema }),
};
