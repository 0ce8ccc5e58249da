/**
 * The site's Content Security Policy: everything from this site only, images also from the tile server.
 * No page carries an inline script or style (astro.config.mjs: `assetsInlineLimit: 0`,
 * `inlineStylesheets: 'never'`), so the policy needs no hashes and is the same on every page.
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
    // Pagefind's search engine is WebAssembly.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
  ] as const;
}

/** The policy as a page's <meta> carries it, and as the privacy page quotes it. */
export const contentSecurityPolicy = (tileOrigin: string | undefined): string =>
  cspDirectives(tileOrigin).join('; ');
