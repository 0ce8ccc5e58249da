import type { PublicEntry } from './directory/types.ts';
import { type ListPage, pageParam, paginateList } from './paginate.ts';

/** The props of one page of a topic's or an area's list. */
export interface TaxonomyPageProps<T> {
  item: T;
  page: ListPage<PublicEntry>;
  entries: PublicEntry[];
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
    return paginateList(entries).map((page) => ({
      params: { [param]: item.id, page: pageParam(page.current) } as Record<P | 'page', string | undefined>,
      props: { item, page, entries } satisfies TaxonomyPageProps<T>,
    }));
  });
}
