import type { Point } from '../../schemas/area.ts';
import type { Bounds } from '../../schemas/site.ts';
import { slugOf } from '../import/slug-ids.ts';

/** An area the person setting up the directory names: "Leith@55.975,-3.17". */
export interface AreaAnswer {
  id: string;
  label: string;
  centre: Point;
}

/** An answer that cannot be used; `field` says which question to ask again. */
export class InitAnswerError extends Error {
  override name = 'InitAnswerError';
  field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

/** Runs a reader, marking an error it throws with the answer it was reading. */
export function answering<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InitAnswerError && !error.field) error.field = field;
    throw error;
  }
}

/** "55.95, -3.19" as a point, refusing what is not two numbers in range. */
export function readPoint(text: string, what: string): Point {
  const parts = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  const [latitude, longitude] = parts;
  if (parts.length !== 2 || latitude === undefined || longitude === undefined || parts.some(Number.isNaN))
    throw new InitAnswerError(
      `${what} "${text}" is not a position — write latitude, longitude in decimal degrees, like 55.9533, -3.1883`,
    );
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    throw new InitAnswerError(
      `${what} "${text}" is out of range — latitude is -90 to 90 and longitude -180 to 180; did you swap them?`,
    );
  return { latitude, longitude };
}

/** "south,west,north,east" as a box. */
export function readBounds(text: string): Bounds {
  const parts = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  const [south = 0, west = 0, north = 0, east = 0] = parts;
  if (parts.length !== 4 || parts.some(Number.isNaN) || south >= north || west >= east)
    throw new InitAnswerError(
      `bounds "${text}" is not a box — write south,west,north,east with south < north and west < east, like 55.8,-3.4,56.0,-3.0`,
    );
  return { south, west, north, east };
}

/** "Leith@55.975,-3.17; Portobello@55.95,-3.11" as areas, each with an id from its name. */
export function readAreas(text: string): AreaAnswer[] {
  const areas = text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [label = '', position = ''] = item.split('@').map((part) => part.trim());
      if (!label || !position)
        throw new InitAnswerError(
          `area "${item}" needs a name and a position — write it like Leith@55.975,-3.17`,
        );
      return { id: slugOf(label) || 'area', label, centre: readPoint(position, `the position of ${label}`) };
    });
  const ids = areas.map((area) => area.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated)
    throw new InitAnswerError(`two areas would have the id ${repeated} — give them different names`);
  return areas;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * A box around the points with a margin (a quarter of a degree, about 25 km), so places a little beyond
 * the outermost area still fit; every coordinate in the directory must fall inside it.
 */
export function boundsAround(points: Point[], margin = 0.25): Bounds {
  const lats = points.map((point) => point.latitude);
  const lons = points.map((point) => point.longitude);
  return {
    south: round(Math.max(-90, Math.min(...lats) - margin)),
    west: round(Math.max(-180, Math.min(...lons) - margin)),
    north: round(Math.min(90, Math.max(...lats) + margin)),
    east: round(Math.min(180, Math.max(...lons) + margin)),
  };
}
