import type { AstroIntegration } from 'astro';
import { themeCss } from '../lib/theme/theme-css.ts';

const MODULE = 'virtual:circles/theme.css';
const RESOLVED = `\0${MODULE}`;

/**
 * The community's accent colour from site.yaml, as a stylesheet every page imports
 * (`import 'virtual:circles/theme.css'`). It is bundled with the site's own CSS, so the Content Security
 * Policy allows it with no inline style, and a site without an accent gets an empty file.
 */
export function theme(accent: string | undefined): AstroIntegration {
  return {
    name: 'circles:theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'circles-theme',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? themeCss(accent) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
