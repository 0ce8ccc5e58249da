/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  total: number;
}

/** How many entries a list page shows: enough to scan, small enough for a slow phone. */
export const PAGE_SIZE = 25;

/** Splits a list into pages; an empty list still has one (empty) page, so its URL exists. */
export function paginateList<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    current: index + 1,
    total,
  }));
}

/** The `[...page]` route parameter for a page: none for the first, so page 1 lives at the list's own URL. */
export function pageParam(current: number): string | undefined {
  return current === 1 ? undefined : String(current);
}

/**
 * Which page numbers to link: the first, the last and two either side of the current one, with `null`
 * where a run is left out. Keeps a 400-page list's navigation short.
 */
export function pageWindow(current: number, total: number, spread = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let page = current - spread; page <= current + spread; page++)
    if (page >= 1 && page <= total) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) =>
    index > 0 && page - (sorted[index - 1] ?? 0) > 1 ? [null, page] : [page],
  );
}
