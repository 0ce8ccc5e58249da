import { highlightParts } from '../lib/search/highlight.ts';
import { splitLanguageWords } from '../lib/search/language-words.ts';
import './circles-my-list-button.ts';
import { formatOccurrence } from '../lib/schedule/format-occurrence.ts';
import { meetingNow, nextMeeting } from '../lib/schedule/meeting-now.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';

/** The parts of Pagefind's browser API this element uses (pagefind.js, loaded from our own origin). */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
type Filters = Record<string, { any: string[] }>;

const PAGE_SIZE = 10;

/** Pagefind's excerpt (escaped text with <mark>s) as plain text, parsed in an inert document. */
const plainText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
const TYPING_PAUSE_MS = 250;

/**
 * <circles-search data-index="/pagefind/" data-timezone="…" data-label-*>
 * Enhances the search page's plain form: results as you type, filters with counts, and the query and
 * filters kept in the address so a search can be shared and survives a reload. Pagefind's index is
 * loaded from our own origin on the first interaction (or at once when the address already holds a
 * search); the words typed never leave the device.
 */
class CirclesSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /**
   * The filter index, loaded once a filter is first opened: until then no count is on screen, and a
   * first search on a large directory fetches only the words' index (the filter index was most of it).
   */
  #counting: Promise<void> | undefined;
  #results: PagefindResult[] = [];
  #shown = 0;
  /** Which search is the latest: an older one that finishes late is dropped. */
  #latest = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  /** Language names typed in a search, to the meeting language they filter by (from the page). */
  #languageWords: Record<string, string> | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = form?.querySelector<HTMLInputElement>('input[type=search]');
    if (!form || !input) return;
    this.#form = form;
    this.#input = input;
    this.#restore(new URLSearchParams(location.search));

    const start = () => {
      this.#load();
    };
    form.addEventListener('focusin', start, { once: true });
    form.addEventListener('pointerdown', start, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run();
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#run(), TYPING_PAUSE_MS);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.#run();
    });
    this.querySelector('[data-search-clear]')?.addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      this.#run();
      input.focus();
    });
    this.querySelector('[data-search-more]')?.addEventListener('click', () => this.#showMore());
    for (const details of this.querySelectorAll('details'))
      details.addEventListener('toggle', () => {
        if (details.open) void this.#startCounting();
      });
    // A shared or reloaded search address: the visitor asked for these results, so search now.
    if (input.value.trim() !== '' || this.#checkboxes().some((box) => box.checked)) this.#run();
    else this.#status(this.dataset['labelPrompt'] ?? '');
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.dataset['index']}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    })();
    return this.#pagefind;
  }

  /** Search responses carry filter counts only once the filter index is loaded: load it, then count. */
  #startCounting(): Promise<void> {
    this.#counting ??= (async () => {
      const pagefind = await this.#load();
      await pagefind.filters();
      this.#run();
    })().catch(() => {
      this.#counting = undefined;
    });
    return this.#counting;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  }

  /** The form's state from the address: `?q=grief&topic=grief&day=TU`. */
  #restore(params: URLSearchParams) {
    this.#input.value = params.get('q') ?? '';
    for (const box of this.#checkboxes()) box.checked = params.getAll(box.name).includes(box.value);
    for (const details of this.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
  }

  #filters(except?: string): Filters {
    const filters: Filters = {};
    for (const box of this.#checkboxes()) {
      if (!box.checked || box.name === except) continue;
      const facet = filters[box.name] ?? { any: [] };
      facet.any.push(box.value);
      filters[box.name] = facet;
    }
    return filters;
  }

  async #run() {
    clearTimeout(this.#typing);
    const id = ++this.#latest;
    const typed = this.#input.value.trim();
    const filters = this.#filters();
    this.#remember(typed || null, filters);
    const { term, filters: searched } = this.#understood(typed, filters);
    const active = Object.keys(filters);
    this.querySelector('[data-search-clear]')?.toggleAttribute('hidden', active.length === 0);
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#status(this.dataset['labelFailed'] ?? '');
      return;
    }
    this.setAttribute('aria-busy', 'true');
    // With no words, results come in the index's order, which is by name (lib/search/write-search-index.ts).
    const response = await pagefind.search(term, { filters: searched });
    const counts = this.#counting ? await this.#counts(pagefind, typed, term, active, response) : undefined;
    // A newer keystroke or choice replaced this search while it ran.
    if (id !== this.#latest) return;
    if (counts) this.#showCounts(counts);
    if (typed === '' && active.length === 0) {
      this.#results = [];
      this.#list().replaceChildren();
      this.#toggleHelp(false);
      this.#more(false);
      this.#status(this.dataset['labelPrompt'] ?? '');
    } else {
      this.#results = response.results;
      this.#list().replaceChildren();
      this.#shown = 0;
      await this.#showMore();
      if (id !== this.#latest) return;
      const n = this.#results.length;
      this.#status(
        n === 0
          ? (this.dataset['labelNone'] ?? '')
          : n === 1
            ? (this.dataset['labelCountOne'] ?? '')
            : (this.dataset['labelCountOther'] ?? '').replace('{n}', n.toLocaleString(this.dataset['lang'])),
      );
      this.#toggleHelp(n === 0, active.length > 0);
    }
    this.removeAttribute('aria-busy');
  }

  /** The words to search for, and the filters with any language named in them ("spanish grief"). */
  #understood(typed: string, filters: Filters): { term: string | null; filters: Filters } {
    this.#languageWords ??= JSON.parse(this.dataset['languageWords'] ?? '{}') as Record<string, string>;
    const { rest, languages } = splitLanguageWords(typed, this.#languageWords);
    if (languages.length === 0) return { term: typed || null, filters };
    const chosen = filters['language']?.any ?? [];
    return {
      term: rest || null,
      filters: { ...filters, language: { any: [...new Set([...chosen, ...languages])] } },
    };
  }

  /** The search in the address bar, replacing the current entry so Back leaves the page. */
  #remember(term: string | null, filters: Filters) {
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    for (const [facet, { any }] of Object.entries(filters))
      for (const value of any) params.append(facet, value);
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  #list(): HTMLElement {
    return this.querySelector('[data-search-results]') as HTMLElement;
  }

  async #showMore() {
    const id = this.#latest;
    const page = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    // A newer search started while these cards loaded: its own cards replace the list.
    if (id !== this.#latest) return;
    this.#list().append(...data.map((result) => this.#card(result)));
    this.#shown += page.length;
    this.#more(this.#shown < this.#results.length);
  }

  #more(visible: boolean) {
    this.querySelector('[data-search-more]')?.toggleAttribute('hidden', !visible);
  }

  #card(result: Awaited<ReturnType<PagefindResult['data']>>): HTMLElement {
    const { meta } = result;
    const item = document.createElement('li');
    item.className = meta['status'] === 'closed' ? 'entry-card is-closed' : 'entry-card';
    const article = document.createElement('article');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = meta['title'] ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    // An entry shows its own summary (Pagefind's excerpt could show the hidden words it is found by:
    // misspellings, other names); a guide its excerpt, read as plain text. Either way the searched words
    // are marked here, and no text is ever inserted as HTML.
    const text = meta['summary'] ?? plainText(result.excerpt);
    excerpt.append(
      ...highlightParts(text, this.#input.value).map(({ text: part, marked }) => {
        if (!marked) return document.createTextNode(part);
        const mark = document.createElement('mark');
        mark.textContent = part;
        return mark;
      }),
    );
    article.append(heading, excerpt);
    for (const line of [meta['when'], meta['where'], this.#nextMeeting(meta['rules'])]) {
      if (!line) continue;
      const p = document.createElement('p');
      p.className = 'meta';
      p.textContent = line;
      article.append(p);
    }
    if (meta['entry'] && meta['status'] !== 'closed')
      article.append(this.#myListButton(meta['entry'], link.textContent));
    item.append(article);
    return item;
  }

  /** The same "add to my list" control entry pages have (circles-my-list-button), for a result card. */
  #myListButton(key: string, name: string): HTMLElement {
    const control = document.createElement('circles-my-list-button');
    control.className = 'my-list-button no-print';
    Object.assign(control.dataset, { entry: key, name });
    return control;
  }

  #nextMeeting(rules: string | undefined): string | undefined {
    const { timezone, lang = 'en', labelNext, labelNow } = this.dataset;
    if (!rules || !timezone) return undefined;
    const parsed = JSON.parse(rules) as ScheduleRule[];
    if (parsed.length === 0) return undefined;
    const now = new Date();
    const current = meetingNow(parsed, now, timezone);
    const next = current ?? nextMeeting(parsed, now, timezone);
    return next
      ? `${current ? labelNow : labelNext}: ${formatOccurrence(next, { lang, timezone })}`
      : undefined;
  }

  /** Each facet counts as if its own choices were not made, so choosing one topic still shows the others. */
  async #counts(
    pagefind: Pagefind,
    typed: string,
    term: string | null,
    active: string[],
    response: PagefindResponse,
  ): Promise<Record<string, Record<string, number>>> {
    if (typed === '' && active.length === 0) return pagefind.filters();
    const counts = { ...response.filters };
    for (const facet of active) {
      const without = await pagefind.search(term, {
        filters: this.#understood(typed, this.#filters(facet)).filters,
      });
      counts[facet] = without.filters[facet] ?? {};
    }
    return counts;
  }

  #showCounts(counts: Record<string, Record<string, number>>) {
    for (const box of this.#checkboxes()) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const option = box.closest<HTMLElement>('[data-facet-option]');
      const label = option?.querySelector('[data-count]');
      if (label) label.textContent = `(${count})`;
      // Choices that would leave nothing are hidden, unless already chosen.
      option?.toggleAttribute('hidden', count === 0 && !box.checked);
    }
  }

  #toggleHelp(visible: boolean, filtered = false) {
    const help = this.querySelector('[data-search-help]');
    help?.toggleAttribute('hidden', !visible);
    help?.querySelector('[data-help-filters]')?.toggleAttribute('hidden', !filtered);
    help?.querySelector('[data-help-words]')?.toggleAttribute('hidden', filtered);
  }

  #status(text: string) {
    const status = this.querySelector('[data-search-status]');
    if (status) status.textContent = text;
  }
}

if (!customElements.get('circles-search')) customElements.define('circles-search', CirclesSearch);
