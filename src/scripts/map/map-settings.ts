import type { BaseMapSettings } from './base-map.ts';

/**
 * A map's settings from its element's data-* attributes (tile source and view from site.yaml), or
 * `undefined` when the page left the tile source out. Kept apart from base-map.ts so reading settings
 * never pulls in Leaflet.
 */
export function mapSettings(data: DOMStringMap, onTilesFailed: () => void): BaseMapSettings | undefined {
  const { tiles, attribution, lat, lng, zoom } = data;
  if (!tiles || !attribution) return undefined;
  return { tiles, attribution, lat: Number(lat), lng: Number(lng), zoom: Number(zoom), onTilesFailed };
}
