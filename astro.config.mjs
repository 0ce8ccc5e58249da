// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readSiteUrl } from './scripts/lib/read-site-url.mjs';
import { locationAudit } from './src/integrations/location-audit.ts';
import { outputCoverage } from './src/integrations/output-coverage.ts';
import { searchIndex } from './src/integrations/search-index.ts';

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
  devToolbar: { enabled: false },
});
