import type { HsdsObject, HsdsValue } from '../../open-data/hsds/hsds-object.ts';

/** A field's text (numbers as written), or undefined when absent or blank. */
export { textOf as str } from '../text-of.ts';

/** A field's list of objects; anything else is none. */
export function list(value: HsdsValue | undefined): HsdsObject[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : [];
}

export function object(value: HsdsValue | undefined): HsdsObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
