import type { Point } from '../../schemas/area.ts';
import { middleOf } from '../geo/middle.ts';
import { comparable } from '../text.ts';
import type { ImportContext, NewArea, NewTopic } from './draft.ts';
import { slugOf } from './slug-ids.ts';

const labels = (label: string | Record<string, string>) =>
  typeof label === 'string' ? [label] : Object.values(label);

const inside = (point: Point, bounds: ImportContext['site']['bounds']) =>
  point.latitude >= bounds.south &&
  point.latitude <= bounds.north &&
  point.longitude >= bounds.west &&
  point.longitude <= bounds.east;

/**
 * The areas an import refers to: an existing area when its id or label matches the name the source uses
 * (accents and case ignored), else a new one. A new area's centre is the middle of the in-region points
 * given with it, or the map's centre when there are none — areas.yaml then says to check it.
 */
export class AreaList {
  readonly #ctx: ImportContext;
  readonly #byName = new Map<string, string>();
  readonly #added = new Map<string, { label: string; points: Point[] }>();

  constructor(ctx: ImportContext) {
    this.#ctx = ctx;
    for (const area of ctx.areas) {
      this.#byName.set(comparable(area.id), area.id);
      for (const label of labels(area.label)) this.#byName.set(comparable(label), area.id);
    }
  }

  /** The area id for a name, adding the area if it is new; undefined for a blank name. */
  idFor(name: string | undefined, point?: Point): string | undefined {
    const label = name?.trim().slice(0, 80);
    if (!label) return undefined;
    const key = comparable(label);
    let id = this.#byName.get(key);
    if (!id) {
      id = slugOf(label) || 'area';
      while ([...this.#byName.values()].includes(id)) id = `${id}-2`;
      this.#byName.set(key, id);
      this.#added.set(id, { label, points: [] });
    }
    const added = this.#added.get(id);
    if (added && point && inside(point, this.#ctx.site.bounds)) added.points.push(point);
    return id;
  }

  /** The region as an area, for entries that give no area but need one. */
  regionId(): string {
    return this.idFor(this.#ctx.site.regionName) as string;
  }

  added(): NewArea[] {
    return [...this.#added].map(([id, { label, points }]) => ({
      id,
      label,
      centre: middle(points, this.#ctx),
    }));
  }
}

function middle(points: Point[], ctx: ImportContext): Point {
  return points.length === 0 ? ctx.site.centre : middleOf(points);
}

/** The topics an import refers to, matched like areas; new ones are added with the source's wording. */
export class TopicList {
  readonly #byName = new Map<string, string>();
  readonly #added = new Map<string, NewTopic>();

  constructor(ctx: ImportContext) {
    for (const topic of ctx.topics) {
      this.#byName.set(comparable(topic.id), topic.id);
      for (const label of labels(topic.label)) this.#byName.set(comparable(label), topic.id);
    }
  }

  has(id: string): boolean {
    return this.#byName.has(comparable(id));
  }

  idFor(code: string, label = code, description?: string): string {
    const found = this.#byName.get(comparable(code)) ?? this.#byName.get(comparable(label));
    if (found) return found;
    const id = slugOf(code) || slugOf(label) || 'topic';
    const name = label.trim().slice(0, 80) || id;
    this.#added.set(id, { id, label: name, description: description?.trim().slice(0, 500) || name });
    this.#byName.set(comparable(code), id);
    return id;
  }

  added(): NewTopic[] {
    return [...this.#added.values()];
  }
}
