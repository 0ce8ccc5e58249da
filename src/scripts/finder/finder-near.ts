import type { FinderStrings } from '../../i18n/en/finder.ts';
import type { PlaceLine } from '../../lib/finder/finder-data.ts';
import { type FoundPlace, findPlace } from '../../lib/finder/places.ts';
import type { LatLng } from '../../lib/geo/distance.ts';

/** The point distances are measured from, and what to call it. */
export interface Origin extends LatLng {
  label: string;
  /** The gazetteer name, for the address; a shared position has none and is never written there. */
  place?: string;
}

/**
 * "Near me": the visitor's position (asked for only when they press the button) or a place they type,
 * looked up in the site's own gazetteer. Everything happens here in the browser; `onChange` receives the
 * new origin, or undefined when it is cleared.
 */
export class FinderNear {
  #root: HTMLElement;
  #strings: FinderStrings;
  #places: () => Promise<PlaceLine[]>;
  #onChange: (origin: Origin | undefined) => void;

  constructor(
    root: HTMLElement,
    strings: FinderStrings,
    places: () => Promise<PlaceLine[]>,
    onChange: (origin: Origin | undefined) => void,
  ) {
    this.#root = root;
    this.#strings = strings;
    this.#places = places;
    this.#onChange = onChange;
    const panel = this.#panel();
    const toggle = root.querySelector<HTMLButtonElement>('[data-near-toggle]');
    toggle?.addEventListener('click', () => {
      const open = panel?.hidden ?? false;
      if (panel) panel.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) void this.#fillSuggestions();
    });
    root.querySelector('[data-locate]')?.addEventListener('click', () => this.#locate());
    root
      .querySelector('[data-near-go]')
      ?.addEventListener('click', () => void this.lookUp(this.#input()?.value ?? ''));
    this.#input()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void this.lookUp(this.#input()?.value ?? '');
    });
    root.querySelector('[data-near-clear]')?.addEventListener('click', () => this.#set(undefined));
  }

  #panel = () => this.#root.querySelector<HTMLElement>('[data-near]');
  #input = () => this.#root.querySelector<HTMLInputElement>('[data-near-input]');

  #status(text: string) {
    const status = this.#root.querySelector('[data-near-status]');
    if (status) status.textContent = text;
  }

  async #fillSuggestions() {
    const list = this.#root.querySelector('[data-places]');
    if (!list || list.childElementCount > 0) return;
    try {
      const places = await this.#places();
      list.replaceChildren(
        ...places.map((place) => Object.assign(document.createElement('option'), { value: place[0] })),
      );
    } catch {
      // The box still works once places load; typing is matched then.
    }
  }

  #locate() {
    const near = this.#strings.near;
    if (!('geolocation' in navigator)) {
      this.#status(near.unsupported);
      return;
    }
    this.#status(near.locating);
    navigator.geolocation.getCurrentPosition(
      (position) =>
        this.#set({
          lat: position.coords.latitude,
          lng: position.coords.longitude,
          label: near.yourLocation,
        }),
      (error) => this.#status(error.code === error.PERMISSION_DENIED ? near.denied : near.unavailable),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  /** Finds a typed place and measures from it; says so when it is unknown, offering near matches. */
  async lookUp(typed: string): Promise<void> {
    if (!typed.trim()) return;
    let places: PlaceLine[];
    try {
      places = await this.#places();
    } catch {
      this.#status(this.#strings.results.failed);
      return;
    }
    const { match, suggestions } = findPlace(typed, places);
    if (match) {
      this.#use(match);
      return;
    }
    this.#status(
      suggestions.length > 0 ? this.#strings.near.suggestions : this.#strings.near.notFound(typed.trim()),
    );
    this.#suggest(suggestions);
  }

  #suggest(places: FoundPlace[]) {
    const list = this.#root.querySelector('[data-near-suggestions]');
    list?.replaceChildren(
      ...places.map((place) => {
        const item = document.createElement('li');
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: place.name,
        });
        button.addEventListener('click', () => this.#use(place));
        item.append(button);
        return item;
      }),
    );
  }

  #use(place: FoundPlace) {
    const input = this.#input();
    if (input) input.value = place.name;
    this.#set({ lat: place.lat, lng: place.lng, label: place.name, place: place.name });
  }

  #set(origin: Origin | undefined) {
    this.#suggest([]);
    this.#status(origin ? this.#strings.near.sortedFrom(origin.label) : '');
    const clear = this.#root.querySelector<HTMLElement>('[data-near-clear]');
    if (clear) clear.hidden = !origin;
    const label = this.#root.querySelector('[data-near-label]');
    if (label) label.textContent = origin ? `${this.#strings.nearMe}: ${origin.label}` : this.#strings.nearMe;
    if (!origin && this.#input()) (this.#input() as HTMLInputElement).value = '';
    this.#onChange(origin);
  }
}
