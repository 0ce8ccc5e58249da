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

/** What every part of the map shares: the Leaflet map, what it shows, and where focus goes back to. */
interface MapState {
  map: L.Map;
  container: HTMLElement;
  labels: MapLabels;
  animate: boolean;
  entries: MapEntry[];
  distances: ReadonlyMap<string, string>;
  index: Supercluster<PointProps, ClusterProps>;
  shown: Map<string, L.Marker>;
  /** The marker whose popup is open, to give focus back to when it closes. */
  opener: HTMLElement | undefined;
  origin: L.CircleMarker | undefined;
}

/** A marker's name and role for screen readers, set once Leaflet has made its element. */
function labelled(marker: L.Marker, name: string): L.Marker {
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', name);
    element?.setAttribute('aria-haspopup', 'dialog');
  });
  return marker;
}

/** Runs `action` on these keys, as a button does (Leaflet handles Enter itself on markers). */
function onKeys(element: HTMLElement | undefined, keys: string[], action: () => void): void {
  element?.addEventListener('keydown', (event) => {
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    action();
  });
}

function popupOf(state: MapState, entry: MapEntry): HTMLElement {
  const content = document.createElement('div');
  content.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.append(entryLink(entry));
  content.append(title, ...placeDetails(state.labels, entry, state.distances.get(entry.id)));
  return content;
}

/** A pin for a public venue, a dashed circle for an area's centre; either opens its entry's popup. */
function pointMarker(state: MapState, entry: MapEntry): L.Marker {
  const icon = entry.approximate
    ? L.divIcon({ className: 'map-area', iconSize: [30, 30], popupAnchor: [0, -12] })
    : L.divIcon({
        className: 'map-pin',
        html: PIN_SVG,
        iconSize: [26, 36],
        iconAnchor: [13, 35],
        popupAnchor: [0, -30],
      });
  const name = placeName(state.labels, entry);
  const marker = labelled(L.marker([entry.lat, entry.lng], { icon, title: name, keyboard: true }), name);
  marker.bindPopup(() => popupOf(state, entry));
  const opened = () => {
    state.opener = marker.getElement();
  };
  marker.on('click', opened);
  marker.on('keypress', opened);
  marker.on('add', () => {
    const element = marker.getElement();
    if (element) element.dataset.entry = entry.id;
    onKeys(element, [' '], () => {
      opened();
      marker.openPopup();
    });
  });
  return marker;
}

/** Places sharing one point (an area's centre) never separate when zoomed: a popup lists them by name. */
function openClusterList(state: MapState, id: number, name: string, at: L.LatLngExpression): void {
  const content = document.createElement('div');
  content.className = 'map-popup';
  const heading = document.createElement('p');
  heading.className = 'map-popup-title';
  heading.textContent = `${state.labels.clusterListHeading}: ${name}`;
  const list = document.createElement('ul');
  // By name, as a list of places is read; supercluster returns them in its own order.
  const leaves = state.index
    .getLeaves(id, Number.POSITIVE_INFINITY)
    .flatMap((leaf) => state.entries[leaf.properties.index] ?? [])
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of leaves) {
    const item = document.createElement('li');
    item.append(entryLink(entry));
    const distance = state.distances.get(entry.id);
    if (distance) item.append(` · ${distance}`);
    list.append(item);
  }
  content.append(heading, list);
  L.popup().setLatLng(at).setContent(content).openOn(state.map);
}

/** A numbered circle for several places: it zooms in to separate them, or lists them when it cannot. */
function clusterMarker(state: MapState, feature: ClusterFeature<ClusterProps>): L.Marker {
  const [lng = 0, lat = 0] = feature.geometry.coordinates;
  const { groups, services, cluster_id: id, point_count: total } = feature.properties;
  const name = clusterName(state.labels, groups, services);
  const size = total < 10 ? 34 : total < 100 ? 40 : 48;
  const icon = L.divIcon({
    className: 'map-cluster',
    html: `<span aria-hidden="true">${total}</span>`,
    iconSize: [size, size],
  });
  const marker = labelled(
    L.marker([lat, lng], { icon, title: `${name}. ${state.labels.clusterHint}`, keyboard: true }),
    name,
  );
  const expand = (byKeyboard: boolean) => {
    const zoom = state.index.getClusterExpansionZoom(id);
    if (zoom <= state.map.getMaxZoom() && zoom <= 16) {
      // The cluster's marker is gone once the zoom ends and the markers are redrawn: keep keyboard users
      // in the map, just before its new markers.
      if (byKeyboard) state.map.once('moveend', () => state.container.focus({ preventScroll: true }));
      state.map.setView([lat, lng], zoom, { animate: state.animate });
      return;
    }
    state.opener = marker.getElement();
    openClusterList(state, id, name, [lat, lng]);
  };
  marker.on('click', () => expand(false));
  marker.on('add', () => onKeys(marker.getElement(), ['Enter', ' '], () => expand(true)));
  return marker;
}

const isCluster = (
  feature: ClusterFeature<ClusterProps> | PointFeature<PointProps>,
): feature is ClusterFeature<ClusterProps> => 'cluster' in feature.properties && feature.properties.cluster;

/** Puts on the map exactly the markers in view (and a margin), keeping those already there. */
function redraw(state: MapState): void {
  const bounds = state.map.getBounds().pad(0.25);
  const features = state.index.getClusters(
    [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    Math.round(state.map.getZoom()),
  );
  const next = new Map<string, ClusterFeature<ClusterProps> | PointFeature<PointProps>>();
  for (const feature of features)
    next.set(
      isCluster(feature) ? `c${feature.properties.cluster_id}` : `p${feature.properties.index}`,
      feature,
    );
  for (const [key, marker] of state.shown) {
    if (next.has(key)) continue;
    marker.remove();
    state.shown.delete(key);
  }
  for (const [key, feature] of next) {
    if (state.shown.has(key)) continue;
    const marker = isCluster(feature)
      ? clusterMarker(state, feature)
      : pointMarker(state, state.entries[feature.properties.index] as MapEntry);
    marker.addTo(state.map);
    state.shown.set(key, marker);
  }
  state.container.dataset.markers = String(state.shown.size);
}

/**
 * A popup takes focus when it opens and gives it back to its marker when it closes. Leaflet closes popups
 * on Escape only while the map box itself has focus; focus is usually on a marker or inside the popup, so
 * Escape is handled for the whole map.
 */
function keepFocusWithPopups(state: MapState): void {
  const { map, container } = state;
  let popupOpen = false;
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.target === container || !popupOpen) return;
    event.preventDefault();
    map.closePopup();
  });
  map.on('popupopen', (event) => {
    popupOpen = true;
    event.popup.getElement()?.querySelector<HTMLElement>('.map-popup a')?.focus({ preventScroll: true });
  });
  map.on('popupclose', () => {
    popupOpen = false;
    // Focus was inside the popup (now removed) or on the page body: give it back to the marker.
    const active = document.activeElement;
    const { opener } = state;
    if (
      opener?.isConnected &&
      (!active || active === document.body || !active.isConnected || container.contains(active))
    )
      opener.focus({ preventScroll: true });
  });
}

/** The places clustered by supercluster, counting groups and services in each cluster. */
function clusterIndex(entries: MapEntry[]): Supercluster<PointProps, ClusterProps> {
  const index = new Supercluster<PointProps, ClusterProps>({
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
  return index;
}

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
  const state: MapState = {
    map,
    container,
    labels,
    animate: !prefersReducedMotion(),
    entries: [],
    distances: new Map(),
    index: new Supercluster<PointProps, ClusterProps>(),
    shown: new Map(),
    opener: undefined,
    origin: undefined,
  };
  map.on('moveend', () => redraw(state));
  keepFocusWithPopups(state);
  return {
    show(list) {
      state.entries = list;
      state.index = clusterIndex(list);
      map.closePopup();
      for (const marker of state.shown.values()) marker.remove();
      state.shown.clear();
      redraw(state);
      performance.mark('circles-map:drawn');
      container.dataset.drawn = String(list.length);
    },
    showOrigin(point) {
      state.origin?.remove();
      state.origin = L.circleMarker([point.lat, point.lng], {
        radius: 7,
        className: 'map-origin',
        interactive: false,
      }).addTo(map);
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), 13), { animate: state.animate });
    },
    setDistances(next) {
      state.distances = next;
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
