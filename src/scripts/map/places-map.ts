import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { LatLng } from '../../lib/geo/distance.ts';
import type { MapEntry } from '../../lib/map/map-data.ts';
import { type BaseMapSettings, createBaseMap, L, loadLeafletCss, prefersReducedMotion } from './base-map.ts';
import { clusterName, entryLink, type MapLabels, placeDetails, placeName } from './map-labels.ts';

interface PointProps {
  index: number;
}
interface ClusterProps {
  groups: number;
  services: number;
}

export interface PlacesMap {
  /** Shows these places (already filtered), clustered. */
  show(entries: MapEntry[]): void;
  /** Marks the point distances are measured from and centres the map on it. */
  showOrigin(origin: LatLng): void;
  /** Formatted distances by entry id, shown in popups; empty when no origin is chosen. */
  setDistances(distances: ReadonlyMap<string, string>): void;
  /** The part of the world in view: west, south, east, north. */
  bounds(): [number, number, number, number];
  /** Calls `moved` whenever the visitor pans or zooms the map. */
  onMoved(moved: () => void): void;
}

const PIN_SVG =
  '<svg viewBox="0 0 26 36" width="26" height="36" aria-hidden="true" focusable="false"><path d="M13 1C6.4 1 1 6.2 1 12.8 1 21.6 13 35 13 35s12-13.4 12-22.2C25 6.2 19.6 1 13 1z"/><circle cx="13" cy="13" r="4.5"/></svg>';

/**
 * The map page's map: every place as a pin (address) or a dashed circle (area centre, approximate),
 * grouped by supercluster so only what is in view is ever in the DOM. Markers are kept between redraws so
 * a focused marker keeps focus while the map pans to it. Every marker and cluster is a keyboard button
 * with its own name; a popup takes focus when it opens and gives it back to its marker when it closes.
 */
export async function createPlacesMap(
  container: HTMLElement,
  settings: BaseMapSettings,
  labels: MapLabels,
): Promise<PlacesMap> {
  await loadLeafletCss();
  const map = createBaseMap(container, settings);
  const animate = !prefersReducedMotion();
  let entries: MapEntry[] = [];
  let distances: ReadonlyMap<string, string> = new Map();
  let index = new Supercluster<PointProps, ClusterProps>();
  const shown = new Map<string, L.Marker>();
  let opener: HTMLElement | undefined;
  let origin: L.CircleMarker | undefined;

  const activate = (element: HTMLElement | undefined, action: () => void) => {
    element?.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      action();
    });
  };

  const labelled = (marker: L.Marker, name: string) => {
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', name);
      element?.setAttribute('aria-haspopup', 'dialog');
    });
    return marker;
  };

  const pointMarker = (entry: MapEntry) => {
    const icon = entry.approximate
      ? L.divIcon({ className: 'map-area', iconSize: [30, 30], popupAnchor: [0, -12] })
      : L.divIcon({
          className: 'map-pin',
          html: PIN_SVG,
          iconSize: [26, 36],
          iconAnchor: [13, 35],
          popupAnchor: [0, -30],
        });
    const name = placeName(labels, entry);
    const marker = labelled(L.marker([entry.lat, entry.lng], { icon, title: name, keyboard: true }), name);
    marker.on('add', () => {
      const element = marker.getElement();
      if (element) element.dataset.entry = entry.id;
    });
    marker.bindPopup(() => {
      const content = document.createElement('div');
      content.className = 'map-popup';
      const title = document.createElement('p');
      title.className = 'map-popup-title';
      title.append(entryLink(entry));
      content.append(title, ...placeDetails(labels, entry, distances.get(entry.id)));
      return content;
    });
    marker.on('click', () => {
      opener = marker.getElement();
    });
    marker.on('keypress', () => {
      opener = marker.getElement();
    });
    marker.on('add', () =>
      activate(marker.getElement(), () => {
        opener = marker.getElement();
        marker.openPopup();
      }),
    );
    return marker;
  };

  const clusterMarker = (feature: ClusterFeature<ClusterProps>) => {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const { groups, services, cluster_id: id, point_count: total } = feature.properties;
    const name = clusterName(labels, groups, services);
    const size = total < 10 ? 34 : total < 100 ? 40 : 48;
    const icon = L.divIcon({
      className: 'map-cluster',
      html: `<span aria-hidden="true">${total}</span>`,
      iconSize: [size, size],
    });
    const marker = labelled(
      L.marker([lat, lng], { icon, title: `${name}. ${labels.clusterHint}`, keyboard: true }),
      name,
    );
    const expand = (byKeyboard: boolean) => {
      const zoom = index.getClusterExpansionZoom(id);
      if (zoom <= map.getMaxZoom() && zoom <= 16) {
        // The cluster's marker is gone once the zoom ends and the markers are redrawn: keep keyboard users
        // in the map, just before its new markers.
        if (byKeyboard) map.once('moveend', () => container.focus({ preventScroll: true }));
        map.setView([lat, lng], zoom, { animate });
        return;
      }
      // Places sharing one point (an area's centre) never separate: list them instead.
      opener = marker.getElement();
      const content = document.createElement('div');
      content.className = 'map-popup';
      const heading = document.createElement('p');
      heading.className = 'map-popup-title';
      heading.textContent = `${labels.clusterListHeading}: ${name}`;
      const list = document.createElement('ul');
      // By name, as a list of places is read; supercluster returns them in its own order.
      const leaves = index
        .getLeaves(id, Number.POSITIVE_INFINITY)
        .flatMap((leaf) => entries[leaf.properties.index] ?? [])
        .sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of leaves) {
        const item = document.createElement('li');
        item.append(entryLink(entry));
        const distance = distances.get(entry.id);
        if (distance) item.append(` · ${distance}`);
        list.append(item);
      }
      content.append(heading, list);
      L.popup().setLatLng([lat, lng]).setContent(content).openOn(map);
    };
    marker.on('click', () => expand(false));
    marker.on('add', () => {
      const element = marker.getElement();
      element?.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        expand(true);
      });
    });
    return marker;
  };

  const redraw = () => {
    const bounds = map.getBounds().pad(0.25);
    const features = index.getClusters(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      Math.round(map.getZoom()),
    );
    const next = new Map<string, ClusterFeature<ClusterProps> | PointFeature<PointProps>>();
    for (const feature of features) {
      const key =
        'cluster' in feature.properties && feature.properties.cluster
          ? `c${feature.properties.cluster_id}`
          : `p${(feature.properties as PointProps).index}`;
      next.set(key, feature);
    }
    for (const [key, marker] of shown) {
      if (next.has(key)) continue;
      marker.remove();
      shown.delete(key);
    }
    for (const [key, feature] of next) {
      if (shown.has(key)) continue;
      const marker =
        'cluster' in feature.properties && feature.properties.cluster
          ? clusterMarker(feature as ClusterFeature<ClusterProps>)
          : pointMarker(entries[(feature.properties as PointProps).index] as MapEntry);
      marker.addTo(map);
      shown.set(key, marker);
    }
    container.dataset.markers = String(shown.size);
  };

  map.on('moveend', redraw);
  let popupOpen = false;
  // Leaflet closes popups on Escape only while the map box itself has focus; focus is usually on a marker
  // or inside the popup, so Escape is handled for the whole map.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.target === container || !popupOpen) return;
    event.preventDefault();
    map.closePopup();
  });
  map.on('popupopen', (event) => {
    popupOpen = true;
    const link = event.popup.getElement()?.querySelector<HTMLElement>('.map-popup a');
    link?.focus({ preventScroll: true });
  });
  map.on('popupclose', () => {
    popupOpen = false;
    // Focus was inside the popup (now removed) or on the page body: give it back to the marker.
    const active = document.activeElement;
    if (
      opener?.isConnected &&
      (!active || active === document.body || !active.isConnected || container.contains(active))
    )
      opener.focus({ preventScroll: true });
  });

  return {
    show(list) {
      entries = list;
      index = new Supercluster<PointProps, ClusterProps>({
        radius: 60,
        maxZoom: 16,
        map: (props) => {
          const entry = entries[props.index];
          return { groups: entry?.kind === 'group' ? 1 : 0, services: entry?.kind === 'service' ? 1 : 0 };
        },
        reduce: (total, props) => {
          total.groups += props.groups;
          total.services += props.services;
        },
      });
      index.load(
        entries.map((entry, i) => ({
          type: 'Feature',
          properties: { index: i },
          geometry: { type: 'Point', coordinates: [entry.lng, entry.lat] },
        })),
      );
      map.closePopup();
      for (const marker of shown.values()) marker.remove();
      shown.clear();
      redraw();
      performance.mark('circles-map:drawn');
      container.dataset.drawn = String(entries.length);
    },
    showOrigin(point) {
      origin?.remove();
      origin = L.circleMarker([point.lat, point.lng], {
        radius: 7,
        className: 'map-origin',
        interactive: false,
      }).addTo(map);
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), 13), { animate });
    },
    setDistances(next) {
      distances = next;
    },
    bounds() {
      const view = map.getBounds();
      return [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()];
    },
    onMoved(moved) {
      map.on('dragend', moved);
      map.on('zoomend', moved);
    },
  };
}
