import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uiLanguages } from '../../i18n/index.ts';

/** The site's routes, read from the page folders themselves so the list can never fall behind them. */
const PAGES = fileURLToPath(new URL('../../pages/', import.meta.url));
const LANG_PAGES = `${PAGES}[...lang]/`;

const routeNames = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts|js)$/, '').replace(/\.(json|geojson|ics)$/, ''));

let pageNames: Set<string> | undefined;

/**
 * Why an id would collide with a route, or undefined when it is free: a page at `/<id>/` beside `/map/`,
 * `/groups/` or a language's prefix (`/es/`); an entry at `/groups/<id>/` beside a list's page numbers
 * (`/groups/2/`).
 */
export function reservedReason(collection: string, id: string): string | undefined {
  if (collection === 'pages') {
    pageNames ??= new Set([...routeNames(LANG_PAGES), ...routeNames(PAGES), ...uiLanguages, '404']);
    if ((uiLanguages as readonly string[]).includes(id))
      return `is the prefix of the site in that language (/${id}/)`;
    if (pageNames.has(id)) return `is already the address of the site's own /${id}/ page`;
    return undefined;
  }
  if ((collection === 'groups' || collection === 'services') && /^\d+$/.test(id))
    return `is a page number of the ${collection} list (/${collection}/${id}/)`;
  return undefined;
}
