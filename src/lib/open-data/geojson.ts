import type { Directory, PublicEntry } from '../directory/types.ts';
import { absoluteUrl } from './site-url.ts';

/** A public place as a GeoJSON feature (RFC 7946: coordinates are [longitude, latitude]). */
export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    kind: PublicEntry['kind'];
    url: string;
    status: PublicEntry['status'];
    /** True for an area-only place: the point is its area's centre, not where it meets. */
    approximate: boolean;
    area: string;
    venue?: string;
    address?: string;
    topics: string[];
  };
}

export interface PlacesCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
  /** Entries with no public place (location on request, or online only), left out. */
  leftOut: number;
}

/**
 * Every public place in the directory: venues at their point, area-only places at their area's centre
 * marked approximate. Entries whose place is given on request, or that meet only online, have no point.
 */
export function placesGeoJson(directory: Pick<Directory, 'site' | 'groups' | 'services'>): PlacesCollection {
  const features: PlaceFeature[] = [];
  let leftOut = 0;
  for (const entry of [...directory.groups, ...directory.services]) {
    const location = entry.location;
    if (location.kind !== 'address' && location.kind !== 'area') {
      leftOut++;
      continue;
    }
    features.push({
      type: 'Feature',
      id: `${entry.kind}:${entry.id}`,
      geometry: { type: 'Point', coordinates: [location.point.longitude, location.point.latitude] },
      properties: {
        name: entry.name,
        kind: entry.kind,
        url: absoluteUrl(directory.site, entry.url),
        status: entry.status,
        approximate: location.approximate,
        area: location.area.label,
        ...(location.kind === 'address' && location.venue ? { venue: location.venue } : {}),
        ...(location.kind === 'address' ? { address: location.lines.join(', ') } : {}),
        topics: entry.topics.map((topic) => topic.id),
      },
    });
  }
  return { type: 'FeatureCollection', features, leftOut };
}
