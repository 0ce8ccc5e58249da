import type { FinderStrings } from '../i18n/en/finder.ts';
import { loadFinderStrings } from '../i18n/finder-strings.ts';
import { FinderEngine, type FinderOutcome } from '../lib/finder/finder-engine.ts';
import { emptyQuery, type FinderQuery, type ListFacet, readQuery, writeQuery } from '../lib/finder/query.ts';
import { summaryParts } from '../lib/finder/summary-parts.ts';
import { nameTokens, type ParsedText, parseText, type Vocabulary } from '../lib/finder/text-query.ts';
import { buildVocabulary } from '../lib/finder/vocabulary.ts';
import { fillCard } from './finder/finder-cards.ts';
import { FinderForm } from './finder/finder-form.ts';
import type { FinderMapView } from './finder/finder-map-view.ts';
import { FinderNear, type Origin } from './finder/finder-near.ts';
import { FinderSource } from './finder/finder-source.ts';
import { whenOnScreen } from './finder/when-on-screen.ts';
import { nextTask } from './next-task.ts';

const PAGE = { home: 5, page: 20, list: 20 } as const;
const TYPING_PAUSE_MS = 200;

/**
 * <circles-finder data-mode data-lang data-timezone data-unit data-settings data-scope data-map>
 * The finder (src/components/Finder.astro): the whole directory filtered, counted and sorted in the
 * browser from a small index, with cards fetched only for the results shown. Its state is the address's
 * fragment, never sent to any server. A list page's own cards stay until the finder has its results.
 */
class CirclesFinder extends HTMLElement {
  #source!: FinderSource;
  #form!: FinderForm;
  #strings!: FinderStrings;
  #engine: FinderEngine | undefined;
  #query: FinderQuery = emptyQuery();
  #scope: Partial<Record<ListFacet, string[]>> = {};
  #origin: Origin | undefined;
  #vocabulary: Vocabulary | undefined;
  #names: string[][] | undefined;
  #outcome: FinderOutcome | undefined;
  #parsed: ParsedText | undefined;
  #limit = 0;
  /** What the page opens on: the list, or (the map page) the map. */
  #defaultView: 'list' | 'map' = 'list';
  #map: FinderMapView | undefined;
  /** The map being made: set once, so a second "map" press while it loads makes no second map. */
  #mapMade: Promise<void> | undefined;
  #typing: ReturnType<typeof setTimeout> | undefined;
  /** The latest render: an older one finishing late is dropped. */
  #latest = 0;
  /** Watches the list while the map view hides it (on a phone), to fetch its cards once it is shown. */
  #listShown: ResizeObserver | undefined;

  get #mode(): keyof typeof PAGE {
    const mode = this.dataset['mode'];
    return mode === 'home' || mode === 'list' ? mode : 'page';
  }
  get #lang(): string {
    return this.dataset['lang'] ?? 'en';
  }

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-finder-form]');
    if (!form || !this.dataset['settings']) return;
    this.#source = new FinderSource(JSON.parse(this.dataset['settings']));
    this.#scope = JSON.parse(this.dataset['scope'] ?? '{}');
    this.#form = new FinderForm(form, this.#lang);
    this.#limit = PAGE[this.#mode];
    this.#defaultView = this.dataset['view'] === 'map' ? 'map' : 'list';
    this.#query = readQuery(location.hash);
    this.#form.show(this.#query);
    this.#status(this.#mode === 'list' ? undefined : '');
    try {
      const [strings, index] = await Promise.all([loadFinderStrings(this.#lang), this.#source.index()]);
      this.#strings = strings;
      this.#engine = new FinderEngine(index, Date.now());
    } catch {
      this.#status(this.#strings?.results.failed ?? '');
      return;
    }
    this.#listen(form);
    new FinderNear(
      this,
      this.#strings,
      () => this.#source.places(),
      (origin) => this.#setOrigin(origin),
    );
    if (this.#query.near) await this.#restorePlace(this.#query.near);
    await this.#render();
    this.classList.add('is-enhanced');
    if ((this.#query.view ?? this.#defaultView) === 'map') await this.#showView('map');
  }

  #listen(form: HTMLFormElement) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#change();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type=checkbox], input[type=radio], select'))
        this.#change();
    });
    this.#form.input?.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#change(), TYPING_PAUSE_MS);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-when]')) {
      button.addEventListener('click', () => {
        const when = button.dataset['when'] as FinderQuery['when'];
        this.#query = { ...this.#form.read(this.#query), when: this.#query.when === when ? undefined : when };
        this.#form.show(this.#query);
        void this.#update();
      });
    }
    for (const clear of this.querySelectorAll('[data-clear]'))
      clear.addEventListener('click', () => this.#clear());
    this.#toggle('[data-filters-toggle]', '[data-filters]');
    this.querySelector('[data-filters-done]')?.addEventListener('click', () => {
      const panel = this.querySelector<HTMLElement>('[data-filters]');
      if (panel) panel.hidden = true;
      const toggle = this.querySelector<HTMLButtonElement>('[data-filters-toggle]');
      toggle?.setAttribute('aria-expanded', 'false');
      toggle?.focus();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]'))
      button.addEventListener(
        'click',
        () => void this.#showView(button.dataset['view'] === 'map' ? 'map' : 'list'),
      );
    this.querySelector('[data-more]')?.addEventListener('click', () => {
      const first = this.#limit;
      this.#limit += PAGE[this.#mode];
      void this.#renderList().then(() =>
        this.querySelectorAll<HTMLElement>('[data-results] > li h3 a')[first]?.focus(),
      );
    });
    window.addEventListener('hashchange', () => {
      this.#query = readQuery(location.hash);
      this.#form.show(this.#query);
      void this.#render();
    });
  }

  #toggle(button: string, panel: string) {
    const toggle = this.querySelector<HTMLButtonElement>(button);
    toggle?.addEventListener('click', () => {
      const region = this.querySelector<HTMLElement>(panel);
      if (!region) return;
      region.hidden = !region.hidden;
      toggle.setAttribute('aria-expanded', String(!region.hidden));
    });
  }

  #change() {
    clearTimeout(this.#typing);
    this.#query = this.#form.read(this.#query);
    void this.#update();
  }

  #clear() {
    this.#query = { ...emptyQuery(), near: this.#query.near, view: this.#query.view, sort: this.#query.sort };
    this.#form.show(this.#query);
    void this.#update();
    this.#form.input?.focus();
  }

  async #update() {
    this.#limit = PAGE[this.#mode];
    this.#remember();
    await this.#render();
  }

  /** The query in the address, replacing the current history entry so Back still leaves the page. */
  #remember() {
    if (this.#mode === 'home') return;
    const fragment = writeQuery(this.#query);
    history.replaceState(null, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
  }

  async #restorePlace(name: string) {
    const places = await this.#source.places().catch(() => []);
    const place = places.find((line) => line[0] === name);
    if (place) this.#origin = { lat: place[1], lng: place[2], label: place[0], place: place[0] };
  }

  #setOrigin(origin: Origin | undefined) {
    this.#origin = origin;
    this.#query = { ...this.#query, near: origin?.place ?? '', sort: origin ? 'nearest' : undefined };
    this.#form.show(this.#query);
    const sort = this.querySelector<HTMLSelectElement>('[data-sort]');
    if (sort) sort.value = origin ? 'nearest' : 'soonest';
    void this.#update();
    this.#map?.showOrigin(origin);
  }

  /** Words typed need the names file and the vocabulary; both load on the first word. */
  async #parse(): Promise<ParsedText | undefined> {
    if (!this.#query.q.trim() || !this.#engine) return undefined;
    if (!this.#vocabulary) {
      const names = await this.#source.names();
      this.#names = names.names.map(([, name, words]) => nameTokens(name, words));
      this.#vocabulary = buildVocabulary(this.#engine.index, names.topics, this.#strings);
    }
    return parseText(this.#query.q, this.#vocabulary, new Set(this.#strings.words.ignored));
  }

  /** The query with the list page's own scope added: a topic page shows that topic whatever else is chosen. */
  #effectiveQuery(): FinderQuery {
    const query = { ...this.#query };
    for (const [facet, values] of Object.entries(this.#scope) as [ListFacet, string[]][])
      (query[facet] as string[]) = [...new Set([...query[facet], ...values])];
    if (!this.#origin && query.sort === 'nearest') query.sort = undefined;
    return query;
  }

  async #render() {
    const engine = this.#engine;
    if (!engine) return;
    const id = ++this.#latest;
    let parsed: ParsedText | undefined;
    try {
      parsed = await this.#parse();
    } catch {
      this.#status(this.#strings.results.failed);
      return;
    }
    if (id !== this.#latest) return;
    const query = this.#effectiveQuery();
    performance.mark('circles-finder:run-start');
    const outcome = engine.run(query, { parsed, origin: this.#origin, names: this.#names });
    performance.measure('circles-finder:run', 'circles-finder:run-start');
    this.#outcome = outcome;
    this.#parsed = parsed;
    this.#form.showCounts(outcome.counts);
    this.#showSummary(query, parsed, outcome.results.length);
    await this.#renderList();
    this.#map?.show(outcome.results);
  }

  #showSummary(query: FinderQuery, parsed: ParsedText | undefined, count: number) {
    const strings = this.#strings;
    const index = this.#engine?.index;
    if (!index) return;
    this.#status(strings.summary(summaryParts(query, parsed, index, strings, count, this.#origin?.label)));
    const chosen = writeQuery({ ...this.#query, sort: undefined, view: undefined }) !== '';
    for (const clear of this.querySelectorAll<HTMLElement>('.finder-status [data-clear]'))
      clear.hidden = !chosen;
    const filtersLabel = this.querySelector('[data-filters-label]');
    const n = [...this.querySelectorAll<HTMLInputElement>('[data-filters] input:checked')].filter(
      (box) => box.value,
    ).length;
    if (filtersLabel) filtersLabel.textContent = n > 0 ? strings.filtersCount(n) : strings.filters;
    const understood = this.querySelector<HTMLElement>('[data-understood]');
    if (understood) {
      understood.hidden = !parsed?.understood.length;
      understood.textContent = parsed?.understood.length
        ? strings.results.understood(parsed.understood.join(', '))
        : '';
    }
    const zone = this.querySelector<HTMLElement>('[data-zone-note]');
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && this.dataset['zoneName'] && visitorZone !== index.timezone) {
      zone.hidden = false;
      zone.textContent = strings.card.zone(this.dataset['zoneName']);
    }
  }

  async #renderList() {
    const outcome = this.#outcome;
    const engine = this.#engine;
    if (!outcome || !engine) return;
    const id = this.#latest;
    if (this.#waitForList()) return;
    const shown = outcome.results.slice(0, this.#limit);
    let cards: Map<number, Element>;
    try {
      cards = await this.#source.cards(
        shown.map((result) => result.entry.index),
        engine.index.chunkSize,
      );
    } catch {
      this.#status(this.#strings.results.failed);
      return;
    }
    if (id !== this.#latest) return;
    const context = {
      engine,
      strings: this.#strings,
      lang: this.#lang,
      unit: this.dataset['unit'] === 'mi' ? ('mi' as const) : ('km' as const),
    };
    const list = this.querySelector('[data-results]');
    list?.replaceChildren(
      ...shown.flatMap((result) => {
        const card = cards.get(result.entry.index);
        return card ? [fillCard(card, result, context)] : [];
      }),
    );
    const region = this.querySelector<HTMLElement>('[data-finder-list]');
    if (region) region.hidden = false;
    this.#showListExtras(outcome, shown.length);
  }

  /**
   * True while the list is not displayed (the map view on a phone): its cards would be fetched for
   * nobody, and which chunks the first results fall in changes with the hour. The list is drawn as soon
   * as it is displayed again (the list view, or a wider screen).
   */
  #waitForList(): boolean {
    const box = this.querySelector<HTMLElement>('.finder-list');
    if (!box || box.getClientRects().length > 0) return false;
    this.#listShown ??= new ResizeObserver(() => {
      if (box.getClientRects().length === 0) return;
      this.#listShown?.disconnect();
      this.#listShown = undefined;
      void this.#renderList();
    });
    this.#listShown.observe(box);
    return true;
  }

  #showListExtras(outcome: FinderOutcome, shown: number) {
    const strings = this.#strings;
    const total = outcome.results.length;
    const more = this.querySelector<HTMLElement>('[data-more]');
    if (more) more.hidden = this.#mode === 'home' || shown >= total;
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none) none.hidden = total > 0;
    const searchAll = this.querySelector<HTMLAnchorElement>('[data-search-all]');
    const words = this.#parsed?.words.join(' ') ?? '';
    if (searchAll) {
      searchAll.hidden = !words;
      searchAll.href = `${this.#source.settings.search}?q=${encodeURIComponent(this.#query.q.trim())}`;
      searchAll.textContent = strings.results.searchAll(this.#query.q.trim());
    }
    const unplaced = this.querySelector<HTMLElement>('[data-unplaced]');
    const without =
      outcome.sort === 'nearest' ? outcome.results.filter((result) => !result.entry.point).length : 0;
    if (unplaced) {
      unplaced.hidden = without === 0;
      unplaced.textContent = without > 0 ? strings.results.unplaced(without) : '';
    }
    const seeAll = this.querySelector<HTMLAnchorElement>('[data-see-all]');
    if (seeAll) {
      seeAll.hidden = total <= shown;
      seeAll.textContent = strings.home.seeAll(total);
      const fragment = writeQuery(this.#query);
      seeAll.href = `${this.#source.settings.find}${fragment ? `#${fragment}` : ''}`;
    }
  }

  async #showView(view: 'list' | 'map') {
    const panel = this.querySelector<HTMLElement>('[data-map-panel]');
    if (!panel || !this.dataset['map']) return;
    // The address names the view only when it is not the one the page opens on.
    this.#query = { ...this.#query, view: view === this.#defaultView ? undefined : view };
    this.dataset['view'] = view;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]'))
      button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
    panel.hidden = view !== 'map';
    this.#remember();
    if (view !== 'map' || this.#mapMade) return;
    this.#mapMade = this.#makeMap(panel);
    await this.#mapMade;
  }

  async #makeMap(panel: HTMLElement) {
    await whenOnScreen(panel);
    const { createFinderMap } = await import('./finder/finder-map-view.ts');
    this.#map = await createFinderMap(this, {
      settings: JSON.parse(this.dataset['map'] ?? '{}'),
      source: this.#source,
      strings: this.#strings,
      onArea: (bbox) => {
        this.#query = { ...this.#query, bbox };
        void this.#update();
      },
    });
    // A map that could not be made (its code or data failed) is tried again on the next press.
    if (!this.#map) this.#mapMade = undefined;
    // The map is made; its markers are drawn in a task of their own.
    await nextTask();
    this.#map?.showOrigin(this.#origin);
    if (this.#outcome) this.#map?.show(this.#outcome.results);
  }

  #status(text: string | undefined) {
    const status = this.querySelector('[data-summary]');
    if (status && text !== undefined) status.textContent = text;
  }
}

if (!customElements.get('circles-finder')) customElements.define('circles-finder', CirclesFinder);
