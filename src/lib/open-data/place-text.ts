import { useStrings } from '../../i18n/index.ts';
import type { PublicLocation } from '../directory/types.ts';

/**
 * What an export says about a place that has no public street address: the area, and that the place is
 * shared on request. Undefined for a public venue (its address says it all) and for online-only entries.
 */
export function privatePlaceText(location: PublicLocation, lang: string): string | undefined {
  const { place } = useStrings(lang).ui.openData;
  if (location.kind === 'area') return place.areaOnly(location.area.label);
  if (location.kind === 'on_request')
    return location.area ? place.onRequestIn(location.area.label) : place.onRequest;
  return undefined;
}

/** A public venue in one line: "Uptown Library, Room 2, 4544 N Broadway, Chicago IL 60640". */
export function venueLine(location: PublicLocation): string | undefined {
  return location.kind === 'address'
    ? [location.venue, ...location.lines].filter(Boolean).join(', ')
    : undefined;
}
