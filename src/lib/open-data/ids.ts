import { v5 as uuidv5 } from 'uuid';
import type { SiteData } from '../../schemas/site.ts';

/** Makes the stable UUID of one exported object: the same kind and key give the same id in every build. */
export type IdMaker = (kind: string, key: string) => string;

/**
 * Exported ids are UUIDv5s of `kind:key` (such as `service:night-owls`) under the site's namespace
 * (`open_data.id_namespace`, else one derived from the site's URL), so they survive rebuilds and renames
 * of nothing but the entry's file.
 */
export function idMaker(site: Pick<SiteData, 'url' | 'open_data'>): IdMaker {
  const namespace = site.open_data.id_namespace ?? uuidv5(site.url, uuidv5.URL);
  return (kind, key) => uuidv5(`${kind}:${key}`, namespace);
}
