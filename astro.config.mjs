// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { entryFilesWriter } from './src/integrations/entry-files.ts';
import { locationAudit } from './src/integrations/location-audit.ts';
import { outputCoverage } from './src/integrations/output-coverage.ts';
import { theme } from './src/integrations/theme.ts';
import { contentFolder } from './src/lib/directory/content-folder.ts';
import { readConfigSettings } from './src/lib/directory/site-settings.ts';
import { buildFolder, cacheFolder } from './src/lib/output-folder.ts';
import { sitemapLinks } from './src/lib/sitemap-links.ts';

// The content folder is a setting so that tests can build small fixture sites with the same code.
const contentDir = contentFolder();
const settings = readConfigSettings(contentDir);

export default defineConfig({
  ...(settings.url ? { site: settings.url } : {}),
  output: 'static',
  // scripts/build.ts builds into a staging folder and publishes it only when every step has passed.
  outDir: buildFolder(),
  cacheDir: cacheFolder(contentDir),
  trailingSlash: 'always',
  // The per-entry exports (HSDS services and organisations, group calendars) are written once the pages
  // are, then the output coverage and the location audit run, last, over every file written. The search index is written after Astro has
  // exited (scripts/build.ts: `npm run build`), so the indexer never holds memory while Astro does.
  // The sitemap lists every page but printouts, "my list" and the finder's cards files (/data/), with each
  // page's other languages.
  integrations: [
    mdx(),
    theme(settings.accent),
    sitemap({
      filter: (page) => !/\/(print|data)\//.test(new URL(page).pathname),
      // Each page's other languages, as its own hreflang links give them; the integration's `i18n` option
      // compares every address with every other, which took 11 minutes at 100,000 entries.
      serialize: (item) => {
        const links = sitemapLinks(item.url, settings.languages, settings.defaultLanguage);
        return links ? { ...item, links } : item;
      },
    }),
    entryFilesWriter(),
    outputCoverage(),
    locationAudit(),
  ],
  // Component styles go to cached files rather than into every page: inlined, the finder's and the map's
  // styles were 3.8 and 1.3 KB of each of 20,000 pages at 10,000 entries.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Code blocks in guides stay plain: highlighting writes style attributes the policy would refuse.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script is a cached file, none inline: a page's policy then needs no hashes
      // (lib/content-security-policy.ts), and the language switch's 400 bytes are not in each of
      // 25,000 pages at 10,000 entries.
      assetsInlineLimit: 0,
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
