import type { BaseMapSettings, MapControlLabels } from './base-map.ts';

/**
 * A map's settings from its element's data-* attributes (tile source and view from site.yaml, and the
 * names of Leaflet's controls in `data-map-controls`), or `undefined` when the page left any out. Kept
 * apart from base-map.ts so reading settings never pulls in Leaflet.
 */
export function mapSettings(data: DOMStringMap, onTilesFailed: () => void): BaseMapSettings | undefined {
  const { tiles, attribution, lat, lng, zoom, mapControls } = data;
  if (!tiles || !attribution || !mapControls) return undefined;
  const controls = JSON.parse(mapControls) as MapControlLabels;
  return {
    tiles,
    attribution,
    lat: Number(lat),
    lng: Number(lng),
    zoom: Number(zoom),
    controls,
    onTilesFailed,
  };
}
