import type { PublicEntry } from './directory/types.ts';
import { type ListPage, pageParam, paginateList } from './paginate.ts';

/** The props of one page of a topic's or an area's list. */
export interface TaxonomyPageProps<T> {
  item: T;
  page: ListPage<PublicEntry>;
  /** How many groups and services the whole list holds, counted once for all its pages. */
  counts: ListCounts;
}

export interface ListCounts {
  groups: number;
  services: number;
}

/**
 * Static paths for the paginated lists of a taxonomy (topics or areas): one list per item, split into
 * pages, under the route parameter `param` (`/topics/[topic]/[...page]`).
 */
export function taxonomyPaths<P extends string, T extends { id: string }>(
  param: P,
  items: readonly T[],
  entriesById: ReadonlyMap<string, PublicEntry[]>,
) {
  return items.flatMap((item) => {
    const entries = entriesById.get(item.id) ?? [];
    // Once a list, not once a page: a topic of 10,000 entries at 100,000 has 400 pages.
    const groups = entries.filter((entry) => entry.kind === 'group').length;
    const counts = { groups, services: entries.length - groups };
    return paginateList(entries).map((page) => ({
      params: { [param]: item.id, page: pageParam(page.current) } as Record<P | 'page', string | undefined>,
      props: { item, page, counts } satisfies TaxonomyPageProps<T>,
    }));
  });
}
