import type { ui } from '../i18n/en/ui.ts';
import { fillTemplate } from '../lib/fill-template.ts';
import { distanceKm, type LatLng } from '../lib/geo/distance.ts';
import { formatDistance } from '../lib/geo/format-distance.ts';
import type { MapData } from '../lib/map/map-data.ts';
import type { OriginDetail } from './circles-map.ts';

type NearMeLabels = (typeof ui)['nearMe']['client'];

const NEAREST_SHOWN = 8;

/**
 * <circles-near-me data-unit data-lang data-labels [data-scope=".entry-list"] [data-src="/data/map.json"]>
 * Asks for the visitor's position only when they press the button (or takes an area they choose), works
 * out distances here in the browser and never sends the position anywhere. It announces the point as a
 * `circles-near-me:origin` event (the map listens), sorts the cards inside `data-scope` (list pages,
 * cards carry data-lat/data-lng) or lists the nearest places from `data-src` (home page).
 */
class CirclesNearMe extends HTMLElement {
  #labels!: NearMeLabels;
  #original = new Map<Element, Element[]>();
  #places: Promise<MapData> | undefined;

  connectedCallback() {
    const { labels } = this.dataset;
    if (!labels) return;
    this.#labels = JSON.parse(labels) as NearMeLabels;
    const panel = this.querySelector<HTMLElement>('[data-near-me-panel]');
    if (panel) panel.hidden = false;
    this.querySelector('[data-near-me-locate]')?.addEventListener('click', () => this.#locate());
    this.querySelector('[data-near-me-area]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const select = (event.currentTarget as HTMLFormElement).querySelector('select');
      const option = select?.selectedOptions[0];
      if (!option?.dataset.lat || !option.dataset.lng) return;
      this.#use({ lat: Number(option.dataset.lat), lng: Number(option.dataset.lng), label: option.text });
    });
    this.querySelector('[data-near-me-reset]')?.addEventListener('click', () => this.#reset());
  }

  #status(text: string) {
    const status = this.querySelector('[data-near-me-status]');
    if (status) status.textContent = text;
  }

  #locate() {
    if (!('geolocation' in navigator)) {
      this.#status(this.#labels.unsupported);
      return;
    }
    this.#status(this.#labels.locating);
    navigator.geolocation.getCurrentPosition(
      (position) =>
        this.#use({
          lat: position.coords.latitude,
          lng: position.coords.longitude,
          label: this.#labels.yourLocation,
        }),
      (error) =>
        this.#status(error.code === error.PERMISSION_DENIED ? this.#labels.denied : this.#labels.unavailable),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  #distance(km: number, approximate: boolean) {
    const { unit = 'km', lang = 'en' } = this.dataset;
    const distance = formatDistance(km, unit === 'mi' ? 'mi' : 'km', lang);
    return fillTemplate(approximate ? this.#labels.aboutDistance : this.#labels.distance, { distance });
  }

  async #use(origin: OriginDetail) {
    this.dispatchEvent(new CustomEvent('circles-near-me:origin', { bubbles: true, detail: origin }));
    const sorted = fillTemplate(this.#labels.sorted, { origin: origin.label });
    if (this.dataset.scope) this.#status(`${sorted} ${this.#sortCards(origin)}`.trim());
    else if (this.dataset.src) await this.#showNearest(this.dataset.src, origin);
    else this.#status(sorted);
  }

  /** Sorts each list of cards by distance; cards with no public place are hidden, and counted. */
  #sortCards(origin: LatLng): string {
    let leftOut = 0;
    for (const list of document.querySelectorAll(this.dataset.scope ?? '')) {
      if (!this.#original.has(list)) this.#original.set(list, [...list.children]);
      const cards = this.#original.get(list) ?? [];
      const placed = cards
        .filter((card): card is HTMLElement => card instanceof HTMLElement && card.dataset.lat !== undefined)
        .map((card) => ({
          card,
          km: distanceKm(origin, { lat: Number(card.dataset.lat), lng: Number(card.dataset.lng) }),
        }))
        .sort((a, b) => a.km - b.km);
      for (const card of cards) {
        if (!(card instanceof HTMLElement) || card.dataset.lat !== undefined) continue;
        card.hidden = true;
        leftOut++;
      }
      for (const { card, km } of placed) {
        let note = card.querySelector<HTMLElement>('[data-near-me-distance]');
        if (!note) {
          note = document.createElement('p');
          note.className = 'meta near-me-distance';
          note.dataset.nearMeDistance = '';
          card.querySelector('article')?.append(note);
        }
        note.textContent = this.#distance(km, card.dataset.approximate !== undefined);
        list.append(card);
      }
    }
    const reset = this.querySelector<HTMLElement>('[data-near-me-reset]');
    if (reset) reset.hidden = false;
    if (leftOut === 0) return '';
    const count = fillTemplate(leftOut === 1 ? this.#labels.entryOne : this.#labels.entryOther, {
      n: leftOut,
    });
    return fillTemplate(this.#labels.leftOut, { n: count });
  }

  #reset() {
    for (const [list, cards] of this.#original) {
      for (const card of cards) {
        if (card instanceof HTMLElement) card.hidden = false;
        card.querySelector('[data-near-me-distance]')?.remove();
        list.append(card);
      }
    }
    const reset = this.querySelector<HTMLElement>('[data-near-me-reset]');
    if (reset) reset.hidden = true;
    this.#status('');
  }

  /** The home page: the nearest few places from the map data, fetched (without the position) on first use. */
  async #showNearest(src: string, origin: OriginDetail) {
    const output = this.querySelector('[data-near-me-results]');
    if (!output) return;
    let data: MapData;
    try {
      this.#places ??= fetch(src).then((response) => response.json() as Promise<MapData>);
      data = await this.#places;
    } catch {
      this.#places = undefined;
      this.#status(this.#labels.failed);
      return;
    }
    const nearest = data.entries
      .map((entry) => ({ entry, km: distanceKm(origin, entry) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, NEAREST_SHOWN);
    output.replaceChildren(
      ...nearest.map(({ entry, km }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = entry.url;
        link.textContent = entry.name;
        item.append(link, ` · ${entry.area} · ${this.#distance(km, entry.approximate)}`);
        return item;
      }),
    );
    this.#status(
      `${fillTemplate(this.#labels.nearest, { origin: origin.label })} ${data.elsewhere.online > 0 ? this.#labels.onlineLeftOut : ''}`.trim(),
    );
  }
}

if (!customElements.get('circles-near-me')) customElements.define('circles-near-me', CirclesNearMe);
