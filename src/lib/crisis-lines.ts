import type { PublicSite } from './directory/types.ts';
import { dialable } from './phone.ts';

/** The site's crisis lines with their numbers ready to show and dial. */
export function crisisLines(site: PublicSite) {
  return site.crisis_lines.map((line) => ({
    ...line,
    call: line.phone ? dialable(line.phone, site.region.country) : undefined,
    text: line.sms ? dialable(line.sms, site.region.country) : undefined,
  }));
}
