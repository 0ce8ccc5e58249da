import { contentSecurityPolicy, cspDirectives } from '../content-security-policy.ts';
import { LIST_KEY, NOTE_KEY } from '../print/my-list.ts';
import { tileOrigin } from '../tile-origin.ts';
import { REFERRER_POLICY } from './referrer-policy.ts';

/**
 * What this copy of the site does with a visitor's data, worked out from the same settings and
 * constants the code runs with (the security policy, the storage keys, the tile source), so the
 * privacy page cannot claim something the code does not do.
 */
export function privacyFacts(site: { map: { tiles: string }; quick_exit_url: string }) {
  const origin = tileOrigin(site.map.tiles);
  const policy = cspDirectives(origin);
  // Every source the policy allows that is not this site itself: the only places a page may reach.
  const otherHosts = [
    ...new Set(
      policy
        .flatMap((directive) => directive.split(' ').slice(1))
        .filter((source) => /^https?:\/\//.test(source))
        .map((source) => new URL(source).host),
    ),
  ];
  return {
    otherHosts,
    storageKeys: [LIST_KEY, NOTE_KEY],
    referrerPolicy: REFERRER_POLICY,
    quickExitHost: new URL(site.quick_exit_url).host,
    policy: contentSecurityPolicy(origin),
  };
}
