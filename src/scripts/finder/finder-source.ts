import type { FinderIndex, NamesFile, PlaceLine } from '../../lib/finder/finder-data.ts';

export type { NamesFile } from '../../lib/finder/finder-data.ts';

/** Where the finder's files are (src/lib/paths.ts), as the page passes them in `data-settings`. */
export interface FinderSettings {
  index: string;
  /** The cards file of a chunk, `{n}` standing for its number. */
  cards: string;
  names: string;
  places: string;
  search: string;
  find: string;
  myList: string;
  group: string;
  service: string;
}

const json = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

/**
 * The finder's files, each fetched from this site once and only when needed: the index at once, names
 * when someone types or opens the map, places when someone opens "near", and cards chunk by chunk for
 * the results shown. Nothing is sent but the request for the file itself.
 */
export class FinderSource {
  readonly settings: FinderSettings;
  #index: Promise<FinderIndex> | undefined;
  #names: Promise<NamesFile> | undefined;
  #places: Promise<PlaceLine[]> | undefined;
  #chunks = new Map<number, Promise<Element[]>>();

  constructor(settings: FinderSettings) {
    this.settings = settings;
  }

  index(): Promise<FinderIndex> {
    this.#index ??= json<FinderIndex>(this.settings.index);
    return this.#index;
  }

  names(): Promise<NamesFile> {
    this.#names ??= json<NamesFile>(this.settings.names).catch((error: unknown) => {
      this.#names = undefined;
      throw error;
    });
    return this.#names;
  }

  places(): Promise<PlaceLine[]> {
    this.#places ??= json<PlaceLine[]>(this.settings.places).catch((error: unknown) => {
      this.#places = undefined;
      throw error;
    });
    return this.#places;
  }

  /** The cards of one chunk, in index order, parsed from the site's own HTML. */
  chunk(number: number): Promise<Element[]> {
    let chunk = this.#chunks.get(number);
    if (!chunk) {
      chunk = fetch(this.settings.cards.replace('{n}', String(number)))
        .then((response) => response.text())
        .then((html) => [
          ...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('li.entry-card'),
        ]);
      chunk.catch(() => this.#chunks.delete(number));
      this.#chunks.set(number, chunk);
    }
    return chunk;
  }

  /** The cards for entries at these index positions, fetched in as few chunks as they fall in. */
  async cards(positions: readonly number[], chunkSize: number): Promise<Map<number, Element>> {
    const numbers = [...new Set(positions.map((position) => Math.floor(position / chunkSize)))];
    const chunks = await Promise.all(numbers.map((number) => this.chunk(number)));
    const cards = new Map<number, Element>();
    numbers.forEach((number, i) => {
      chunks[i]?.forEach((card, offset) => {
        cards.set(number * chunkSize + offset, card);
      });
    });
    return cards;
  }
}
