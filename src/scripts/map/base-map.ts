import * as L from 'leaflet';
// Imported as a URL, not as a style: Astro would otherwise add Leaflet's CSS to every page that can show a
// map, before anyone asks for one. It is fetched from our own origin when the first map is drawn.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { ui } from '../../i18n/en/ui.ts';
import { REFERRER_POLICY } from '../../lib/privacy/referrer-policy.ts';

/** The names Leaflet gives its zoom buttons, popup close button and credit link, in the page's language. */
export type MapControlLabels = (typeof ui)['map']['controls'];

/** What every map on the site is built from: the tile source and view from site.yaml. */
export interface BaseMapSettings {
  tiles: string;
  attribution: string;
  lat: number;
  lng: number;
  zoom: number;
  controls: MapControlLabels;
  /** Called once, the first time a tile fails to load. */
  onTilesFailed: () => void;
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A Leaflet map with the site's tiles. Tiles are the only third-party request the site makes, so they go
 * with `strict-origin-when-cross-origin` (the OSM tile policy asks for a referrer; no path or query leaks).
 * With reduced motion, zooms, fades and pans jump instead of animating.
 */
let stylesheet: Promise<void> | undefined;

/** Adds Leaflet's stylesheet once and waits for it, so no map is ever drawn unstyled. */
export function loadLeafletCss(): Promise<void> {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCss;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${leafletCss} did not load`));
    document.head.append(link);
  });
  return stylesheet;
}

export function createBaseMap(container: HTMLElement, settings: BaseMapSettings): L.Map {
  const reduced = prefersReducedMotion();
  const map = L.map(container, {
    zoomAnimation: !reduced,
    fadeAnimation: !reduced,
    markerZoomAnimation: !reduced,
    inertia: !reduced,
    zoomControl: false,
  });
  // Leaflet names its controls in English whatever the page's language: name them in the page's.
  const { controls } = settings;
  L.control.zoom({ zoomInTitle: controls.zoomIn, zoomOutTitle: controls.zoomOut }).addTo(map);
  const prefix = L.Control.Attribution.prototype.options.prefix;
  if (typeof prefix === 'string')
    map.attributionControl.setPrefix(
      prefix.replace(/title="[^"]*"/, `title="${escapeHtml(controls.library)}"`),
    );
  map.on('popupopen', ({ popup }) =>
    popup
      .getElement()
      ?.querySelector('.leaflet-popup-close-button')
      ?.setAttribute('aria-label', controls.closePopup),
  );
  if (reduced) {
    // Popups and keyboard focus pan the map through panBy; make every such pan a jump.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  }
  map.setView([settings.lat, settings.lng], settings.zoom, { animate: false });
  let failed = false;
  L.tileLayer(settings.tiles, {
    attribution: escapeHtml(settings.attribution),
    referrerPolicy: REFERRER_POLICY,
    maxZoom: 19,
  })
    .on('tileerror', () => {
      if (failed) return;
      failed = true;
      settings.onTilesFailed();
    })
    .addTo(map);
  return map;
}

export { L };
