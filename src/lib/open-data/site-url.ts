/** A site path (`/groups/x/`) as the absolute URL other systems need (`https://example.org/groups/x/`). */
export function absoluteUrl(site: { url: string }, path: string): string {
  return new URL(path, site.url).href;
}
