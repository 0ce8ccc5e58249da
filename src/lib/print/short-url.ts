/** A URL as people copy it from paper: no scheme, no "www.", no trailing slash on a bare host. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/^([^/]+)\/$/, '$1');
}
