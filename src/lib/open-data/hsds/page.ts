import type { HsdsObject } from './hsds-object.ts';

/**
 * A list in the HSDS API's `Page` shape. A static site cannot answer `?page=2`, so every list is one page
 * holding every item.
 */
export function hsdsPage(contents: HsdsObject[]) {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
