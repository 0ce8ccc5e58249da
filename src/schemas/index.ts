/** Which schema checks which file: shared by the Astro collections and the validator. */
export { AreaSchema, AreasFileSchema } from './area.ts';
export { ArticleSchema } from './article.ts';
export { GroupSchema } from './group.ts';
export { OrganizationSchema } from './organization.ts';
export { PlaceSchema, PlacesFileSchema } from './place.ts';
export { ServiceSchema } from './service.ts';
export { SiteSchema } from './site.ts';
export { SynonymSchema, SynonymsFileSchema } from './synonyms.ts';
export { TopicSchema, TopicsFileSchema } from './topic.ts';
