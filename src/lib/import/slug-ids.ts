import { reservedReason } from '../validation/reserved-names.ts';

/** Ids become file names and web addresses; past this they are hard to read and to type. */
const MAX_ID = 60;

/** The id a name reads as: `Grupo Nuevo Amanecer (Pilsen)` → `grupo-nuevo-amanecer-pilsen`. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID) return slug;
  const cut = slug.slice(0, MAX_ID);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * Hands out ids that are unique in their collection and never take a route's address: taken ones get
 * `-2`, `-3`…, a name with no letters or digits its collection's word, a page number (`/groups/2/`) a
 * prefix.
 */
export class IdAllocator {
  readonly #taken = new Map<string, Set<string>>();

  constructor(taken: Record<string, Iterable<string>>) {
    for (const [collection, ids] of Object.entries(taken)) this.#taken.set(collection, new Set(ids));
  }

  /** Marks an id as in use (an existing file kept by an update). */
  reserve(collection: string, id: string): void {
    this.#set(collection).add(id);
  }

  allocate(collection: string, preferred: string): string {
    const word = collection.replace(/s$/, '');
    let base = slugOf(preferred) || word;
    if (reservedReason(collection, base)) base = `${word}-${base}`;
    const taken = this.#set(collection);
    let id = base;
    for (let count = 2; taken.has(id); count++) id = `${base.slice(0, MAX_ID - 4)}-${count}`;
    taken.add(id);
    return id;
  }

  #set(collection: string): Set<string> {
    let set = this.#taken.get(collection);
    if (!set) {
      set = new Set();
      this.#taken.set(collection, set);
    }
    return set;
  }
}
