/** An HSDS object as JSON: fields in the specification's order, absent fields left out (never null). */
export type HsdsValue = string | number | boolean | HsdsObject | HsdsObject[];
export interface HsdsObject {
  [field: string]: HsdsValue;
}

/** An object without its undefined and empty-list fields, so exports carry only what is known. */
export function compact(fields: Record<string, HsdsValue | undefined>): HsdsObject {
  const kept: HsdsObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return kept;
}

/** The object's one-to-one fields only, as the API's list endpoints return them. */
export function oneToOne(object: HsdsObject): HsdsObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => typeof value !== 'object'),
  ) as HsdsObject;
}

/**
 * Fields that are ours, not HSDS's, all start with this prefix (HSDS allows extra fields, and a prefix
 * keeps them from ever being mistaken for, or replacing, an HSDS term).
 */
export const EXTENSION_PREFIX = 'circles_';
