/**
 * The site's Content Security Policy, apart from script-src and style-src (Astro fills those with hashes of
 * its own scripts and styles): everything from this site only, images also from the tile server.
 */
export function cspDirectives(tileOrigin: string | undefined) {
  return [
    "default-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}` as const,
    "connect-src 'self'",
    // Pagefind runs its search engine in a worker.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ] as const;
}
