import type { PlaceLine } from './finder-data.ts';
import { normalise } from './text-query.ts';

/** A place from the gazetteer, found by what someone typed. */
export interface FoundPlace {
  name: string;
  lat: number;
  lng: number;
  kind: string;
}

export interface PlaceSearch {
  /** The place meant, when there is exactly one. */
  match?: FoundPlace;
  /** Places that might be meant, when the words fit several or none exactly (at most five). */
  suggestions: FoundPlace[];
}

const MAX_SUGGESTIONS = 5;

const found = (line: PlaceLine): FoundPlace => ({ name: line[0], lat: line[1], lng: line[2], kind: line[3] });

/**
 * Looks up a typed place — an area, a neighbourhood, a ZIP or postal code, a landmark — in the
 * gazetteer that ships with the site. All on the device: nothing typed is sent anywhere. An exact name
 * or other name wins; then a single place whose name starts with the words; else suggestions.
 */
export function findPlace(typed: string, places: readonly PlaceLine[]): PlaceSearch {
  const wanted = normalise(typed);
  if (!wanted) return { suggestions: [] };
  const names = (line: PlaceLine) => [line[0], ...(line[4] ?? [])].map(normalise);
  const exact = places.find((line) => names(line).includes(wanted));
  if (exact) return { match: found(exact), suggestions: [] };
  const starting = places.filter((line) => names(line).some((name) => name.startsWith(wanted)));
  const only = starting[0];
  if (starting.length === 1 && only) return { match: found(only), suggestions: [] };
  const containing =
    starting.length > 0
      ? starting
      : places.filter((line) => names(line).some((name) => name.includes(wanted)));
  return { suggestions: containing.slice(0, MAX_SUGGESTIONS).map(found) };
}
