// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readSiteSettings } from './scripts/lib/read-site-settings.mjs';
import { locationAudit } from './src/integrations/location-audit.ts';
import { outputCoverage } from './src/integrations/output-coverage.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { theme } from './src/integrations/theme.ts';
import { cspDirectives } from './src/lib/content-security-policy.ts';

// The content folder is a setting so that tests can build small fixture sites with the same code.
const contentDir = process.env.CIRCLES_CONTENT_DIR ?? 'content';
const settings = readSiteSettings(contentDir);

export default defineConfig({
  site: settings.url,
  output: 'static',
  outDir: process.env.CIRCLES_OUT_DIR ?? 'dist',
  // A build of another content folder (a benchmark, the scale test) keeps its own content cache, so it
  // neither starts from nor overwrites the last build's data store.
  ...(process.env.CIRCLES_CACHE_DIR ? { cacheDir: process.env.CIRCLES_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // The location audit runs last, so it reads the search index too.
  // The sitemap lists every page but printouts and "my list", with each page's other languages.
  integrations: [
    mdx(),
    theme(settings.accent),
    sitemap({
      filter: (page) => !/\/print\//.test(new URL(page).pathname),
      i18n: {
        defaultLocale: settings.defaultLanguage,
        locales: Object.fromEntries(settings.languages.map((lang) => [lang, lang])),
      },
    }),
    outputCoverage(),
    searchIndex(),
    locationAudit(contentDir),
  ],
  build: { format: 'directory' },
  // Nothing runs or loads but what this site serves, plus map tiles. Astro hashes its own scripts and
  // styles into each page's policy; Pagefind's search engine needs WebAssembly.
  security: {
    csp: {
      directives: [...cspDirectives(settings.tileOrigin)],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Code blocks in guides stay plain: highlighting writes style attributes the policy would refuse.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive, which the bundler warns about
        // once per page although Astro handles it: volunteers would read that as a failure.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  // Every page exists once per interface language: the main one at the root, the others under a prefix
  // (/es/groups/). Pages live in src/pages/[...lang]/ and read the language from Astro.currentLocale.
  i18n: {
    locales: settings.languages,
    defaultLocale: settings.defaultLanguage,
    routing: { prefixDefaultLocale: false },
  },
});
