import { defineCollection } from 'astro:content';
import { contentFolder } from './lib/directory/content-folder.ts';
import { contentLoader } from './lib/directory/content-loader.ts';
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

// Every collection is read by the validator's own reader (see content-loader.ts): one parse decides.
const root = contentFolder();

export const collections = {
  site: defineCollection({ loader: contentLoader('site', root), schema: SiteSchema }),
  topics: defineCollection({ loader: contentLoader('topics', root), schema: TopicSchema }),
  areas: defineCollection({ loader: contentLoader('areas', root), schema: AreaSchema }),
  organizations: defineCollection({
    loader: contentLoader('organizations', root),
    schema: OrganizationSchema,
  }),
  groups: defineCollection({ loader: contentLoader('groups', root), schema: GroupSchema }),
  services: defineCollection({ loader: contentLoader('services', root), schema: ServiceSchema }),
  guides: defineCollection({ loader: contentLoader('guides', root), schema: ArticleSchema }),
  pages: defineCollection({ loader: contentLoader('pages', root), schema: ArticleSchema }),
  // Optional lists: without synonyms.yaml no extra search words; without places.yaml "near" knows areas only.
  synonyms: defineCollection({ loader: contentLoader('synonyms', root), schema: SynonymSchema }),
  places: defineCollection({ loader: contentLoader('places', root), schema: PlaceSchema }),
};
