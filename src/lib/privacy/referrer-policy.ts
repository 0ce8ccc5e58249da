/**
 * What browsers tell other sites about where a visitor came from: this site's origin only, never the
 * page (a topic page's address could say what someone was looking for). Used by every page's <meta>,
 * the map's tile requests and the privacy page.
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
