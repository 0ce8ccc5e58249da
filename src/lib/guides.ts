import { getCollection } from 'astro:content';

/** Guides in reading order (`order`, then id), for the guides page and the home page alike. */
export async function getGuides() {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
