import type { PublicLocation } from '../directory/types.ts';

/** A link to a map app; following it is the visitor's choice, and building it sends nothing anywhere. */
export interface DirectionsLink {
  href: string;
  /** `exact` for a public address; `area` when only the area is public. */
  precision: 'exact' | 'area';
}

/**
 * Where "directions" points. An address gets OpenStreetMap's directions to its exact point. An area
 * gets a search for the area's name in the region, so no app is handed a point that pretends to be the
 * venue. Entries with no public place get no link.
 */
export function directionsLink(location: PublicLocation, regionName: string): DirectionsLink | undefined {
  if (location.kind === 'address') {
    const { latitude, longitude } = location.point;
    const route = encodeURIComponent(`;${latitude},${longitude}`);
    return { href: `https://www.openstreetmap.org/directions?route=${route}`, precision: 'exact' };
  }
  if (location.kind === 'area') {
    const query = encodeURIComponent(`${location.area.label}, ${regionName}`);
    return { href: `https://www.openstreetmap.org/search?query=${query}`, precision: 'area' };
  }
  return undefined;
}
