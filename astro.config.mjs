// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readSiteUrl } from './scripts/lib/read-site-url.mjs';
import { readTileOrigin } from './scripts/lib/read-tile-origin.mjs';
import { locationAudit } from './src/integrations/location-audit.ts';
import { outputCoverage } from './src/integrations/output-coverage.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cspDirectives } from './src/lib/content-security-policy.ts';

// The content folder is a setting so that tests can build small fixture sites with the same code.
const contentDir = process.env.CIRCLES_CONTENT_DIR ?? 'content';

export default defineConfig({
  site: readSiteUrl(contentDir),
  output: 'static',
  outDir: process.env.CIRCLES_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // The location audit runs last, so it reads the search index too.
  integrations: [mdx(), outputCoverage(), searchIndex(), locationAudit(contentDir)],
  build: { format: 'directory' },
  // Nothing runs or loads but what this site serves, plus map tiles. Astro hashes its own scripts and
  // styles into each page's policy; Pagefind's search engine needs WebAssembly.
  security: {
    csp: {
      directives: [...cspDirectives(readTileOrigin(contentDir))],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Code blocks in guides stay plain: highlighting writes style attributes the policy would refuse.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
