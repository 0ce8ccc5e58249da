import { type BaseMapSettings, createBaseMap, L, loadLeafletCss } from './base-map.ts';

/**
 * A small map of one place: a pin at a public address, or a dashed circle over the area when only the
 * area is public (its centre is not the venue, so no pin pretends to be exact). Nothing on it is a
 * control, so keyboard users meet only the map itself (arrow keys pan) and its zoom buttons.
 */
export async function createMiniMap(container: HTMLElement, settings: BaseMapSettings, approximate: boolean) {
  await loadLeafletCss();
  const map = createBaseMap(container, settings);
  map.scrollWheelZoom.disable();
  const at: L.LatLngTuple = [settings.lat, settings.lng];
  if (approximate) {
    L.circle(at, { radius: 800, className: 'map-area-circle', interactive: false }).addTo(map);
  } else {
    L.marker(at, {
      icon: L.divIcon({
        className: 'map-pin',
        html: '<svg viewBox="0 0 26 36" width="26" height="36" aria-hidden="true" focusable="false"><path d="M13 1C6.4 1 1 6.2 1 12.8 1 21.6 13 35 13 35s12-13.4 12-22.2C25 6.2 19.6 1 13 1z"/><circle cx="13" cy="13" r="4.5"/></svg>',
        iconSize: [26, 36],
        iconAnchor: [13, 35],
      }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
  }
  return map;
}
