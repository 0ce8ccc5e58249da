/**
 * What in free text gives away a place: a street address, a coordinate pair, or a map link that holds
 * coordinates. Used for entries whose place is private (`area`, `on_request`) or absent (online only):
 * their directions, notes and links must not say what their location field is careful not to.
 */
export interface PlaceHint {
  kind: 'street' | 'coordinates' | 'map link';
  text: string;
}

/** What each kind of hint is, in words for a report: "shows a street address". */
export const HINT_NOUN: Record<PlaceHint['kind'], string> = {
  street: 'a street address',
  coordinates: 'a coordinate pair',
  'map link': 'a map link with a position',
};

/** Whether an entry's data keeps its place private (`area`, `on_request`) or has none (online only). */
export function placeIsPrivate(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const location = (data as { location?: { kind?: unknown } }).location;
  return location === undefined || location.kind === 'area' || location.kind === 'on_request';
}

const STREET_WORDS =
  'St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway|Terrace|Ter|Calle|Avenida|Av|Ulica|ul';
/** "4544 N Broadway St", "120 Mill Street", "1834 S. Loomis St." — a house number, a name, a street word. */
const STREET = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${STREET_WORDS})\\b\\.?`,
  'u',
);
/** "4544 N Broadway": a house number, a compass point and a name, as grid cities write addresses. */
const GRID_ADDRESS = /\b\d{2,6}\s+[NSEW]\.?\s+\p{Lu}[\p{L}'’-]+/u;
/** "41.9216, -87.7013": two decimal degrees with at least three decimals each. */
const COORDINATES = /-?\b\d{1,3}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,}\b/;
/** Map links that carry a point: Google's @lat,lng or ?q=lat,lng, OpenStreetMap's #map=z/lat/lng or mlat. */
const MAP_LINK =
  /\bhttps?:\/\/[^\s]*(?:maps?|osm|openstreetmap)[^\s]*(?:@-?\d{1,3}\.\d+,-?\d{1,3}\.\d+|[?&](?:q|ll|query|mlat)=-?\d{1,3}\.\d+|#map=\d+\/-?\d{1,3}\.\d+\/)/i;

export function placeHints(text: string): PlaceHint[] {
  const hints: PlaceHint[] = [];
  const link = MAP_LINK.exec(text);
  if (link) hints.push({ kind: 'map link', text: link[0] });
  const coordinates = COORDINATES.exec(link ? text.replace(link[0], '') : text);
  if (coordinates) hints.push({ kind: 'coordinates', text: coordinates[0] });
  const street = STREET.exec(text) ?? GRID_ADDRESS.exec(text);
  if (street) hints.push({ kind: 'street', text: street[0].trim() });
  return hints;
}
