import { fillTemplate } from '../lib/fill-template.ts';
import { distanceKm, type LatLng } from '../lib/geo/distance.ts';
import { formatDistance } from '../lib/geo/format-distance.ts';
import type { MapData, MapEntry } from '../lib/map/map-data.ts';
import { type MapFilters, matchesFilters, readFilters, writeFilters } from '../lib/map/map-filters.ts';
import { entryLink, type MapLabels, placeDetails } from './map/map-labels.ts';
import { mapSettings } from './map/map-settings.ts';
import type { PlacesMap } from './map/places-map.ts';

/** What `<circles-near-me>` announces when the visitor shares a position or picks an area. */
export interface OriginDetail extends LatLng {
  label: string;
}

const LIST_STEP = 100;
const FILTER_FIELDS = ['topic', 'kind', 'day', 'language', 'attendance'] as const;

/**
 * <circles-map data-src data-tiles data-attribution data-lat data-lng data-zoom data-unit data-lang data-labels data-map-controls>
 * The map page: filters (state in the URL), the filtered places as an ordinary list, and the Leaflet map,
 * which is imported only when its box scrolls into view. The list works without the map, so a failed
 * import or failed tiles still leave every place reachable.
 */
class CirclesMap extends HTMLElement {
  #labels!: MapLabels;
  #entries: MapEntry[] = [];
  #filters: MapFilters = {};
  #origin: OriginDetail | undefined;
  #limit = LIST_STEP;
  #view: PlacesMap | undefined;

  connectedCallback() {
    const { src, labels } = this.dataset;
    if (!src || !labels) return;
    this.#labels = JSON.parse(labels) as MapLabels;
    document.addEventListener('circles-near-me:origin', (event) => {
      this.#origin = (event as CustomEvent<OriginDetail>).detail;
      this.#limit = LIST_STEP;
      this.#update();
      this.#view?.showOrigin(this.#origin);
    });
    this.#setUpFilters();
    this.#load(src);
  }

  async #load(src: string) {
    try {
      const response = await fetch(src);
      const data = (await response.json()) as MapData;
      this.#entries = data.entries;
    } catch {
      this.#notice(this.#labels.mapFailed);
      return;
    }
    this.#update();
    this.#whenVisible(() => this.#drawMap());
  }

  #setUpFilters() {
    const form = this.querySelector<HTMLFormElement>('form[data-map-filters]');
    if (!form) return;
    this.#filters = readFilters(new URLSearchParams(window.location.search));
    for (const field of FILTER_FIELDS) {
      const select = form.elements.namedItem(field) as HTMLSelectElement | null;
      if (select) select.value = writeFilters(this.#filters).get(field) ?? '';
    }
    form.hidden = false;
    const apply = () => {
      const chosen = new URLSearchParams();
      for (const field of FILTER_FIELDS) {
        const value = (form.elements.namedItem(field) as HTMLSelectElement | null)?.value;
        if (value) chosen.set(field, value);
      }
      this.#filters = readFilters(chosen);
      const query = writeFilters(this.#filters).toString();
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
      this.#limit = LIST_STEP;
      this.#update();
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    form.addEventListener('reset', () => setTimeout(apply));
  }

  #whenVisible(run: () => void) {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!canvas) return;
    const observer = new IntersectionObserver((seen) => {
      if (!seen.some((item) => item.isIntersecting)) return;
      observer.disconnect();
      run();
    });
    observer.observe(canvas);
  }

  async #drawMap() {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    const settings = mapSettings(this.dataset, () => this.#notice(this.#labels.tilesFailed));
    if (!canvas || !settings) return;
    try {
      const { createPlacesMap } = await import('./map/places-map.ts');
      this.#view = await createPlacesMap(canvas, settings, this.#labels);
    } catch {
      this.#notice(this.#labels.mapFailed);
      return;
    }
    this.#update();
    if (this.#origin) this.#view.showOrigin(this.#origin);
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-map-notice]');
    if (!notice) return;
    notice.hidden = false;
    notice.textContent = text;
  }

  #distanceText(entry: MapEntry, km: number) {
    const { unit = 'km', lang = 'en' } = this.dataset;
    const distance = formatDistance(km, unit === 'mi' ? 'mi' : 'km', lang);
    return fillTemplate(entry.approximate ? this.#labels.aboutDistance : this.#labels.distance, { distance });
  }

  /** Applies filters and the chosen origin to the list and the map. */
  #update() {
    const filtered = this.#entries.filter((entry) => matchesFilters(entry, this.#filters));
    const distances = new Map<string, string>();
    if (this.#origin) {
      const origin = this.#origin;
      const km = new Map(filtered.map((entry) => [entry.id, distanceKm(origin, entry)]));
      filtered.sort((a, b) => (km.get(a.id) ?? 0) - (km.get(b.id) ?? 0));
      for (const entry of filtered) distances.set(entry.id, this.#distanceText(entry, km.get(entry.id) ?? 0));
    }
    this.#renderList(filtered, distances);
    this.#view?.setDistances(distances);
    this.#view?.show(filtered);
  }

  #renderList(filtered: MapEntry[], distances: ReadonlyMap<string, string>) {
    const list = this.querySelector<HTMLElement>('[data-map-list]');
    const count = this.querySelector<HTMLElement>('[data-map-count]');
    const more = this.querySelector<HTMLButtonElement>('[data-map-more]');
    if (!list || !count) return;
    const shown = filtered.slice(0, this.#limit);
    list.replaceChildren(
      ...shown.map((entry) => {
        const item = document.createElement('li');
        item.className = 'map-list-item';
        const title = document.createElement('p');
        title.className = 'map-list-title';
        title.append(entryLink(entry));
        item.append(title, ...placeDetails(this.#labels, entry, distances.get(entry.id)));
        return item;
      }),
    );
    const sorted = this.#origin
      ? ` ${fillTemplate(this.#labels.origin, { origin: this.#origin.label })}`
      : '';
    count.textContent =
      filtered.length === 0
        ? this.#labels.none
        : `${fillTemplate(this.#labels.count, { shown: shown.length, total: filtered.length })}${sorted}`;
    if (more) {
      more.hidden = shown.length >= filtered.length;
      more.onclick = () => {
        this.#limit += LIST_STEP;
        this.#renderList(filtered, distances);
        list.children[shown.length]?.querySelector('a')?.focus();
      };
    }
  }
}

if (!customElements.get('circles-map')) customElements.define('circles-map', CirclesMap);
