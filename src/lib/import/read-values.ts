import type { CountryCode } from 'libphonenumber-js';
import {
  EmailSchema,
  LatitudeSchema,
  LongitudeSchema,
  PhoneNumberSchema,
  WebUrlSchema,
} from '../../schemas/primitives.ts';
import { phoneProblem } from '../validation/cross-file-rules.ts';

/**
 * Values from another system checked with our own schemas and rules before they are written, so a bad
 * link or number costs the entry that one field (reported) rather than the whole entry.
 */

const firstMessage = (error: { issues: { message: string }[] }) => error.issues[0]?.message ?? 'is not valid';

export function importUrl(field: string, value: string | undefined, notes: string[]): string | undefined {
  if (!value) return undefined;
  const candidate = /^www\./i.test(value) ? `https://${value}` : value;
  const checked = WebUrlSchema.safeParse(candidate);
  if (checked.success) return candidate;
  notes.push(`${field} "${value}" ${firstMessage(checked.error)}; left out`);
  return undefined;
}

export function importEmail(field: string, value: string | undefined, notes: string[]): string | undefined {
  if (!value) return undefined;
  const candidate = value.replace(/^mailto:/i, '').trim();
  if (EmailSchema.safeParse(candidate).success) return candidate;
  notes.push(`${field} "${value}" is not an email address; left out`);
  return undefined;
}

/** A phone number as our schema and the site's country accept it; quotes and `tel:` that systems add go. */
export function importPhone(
  field: string,
  value: string | undefined,
  country: string,
  notes: string[],
  extension?: string,
): string | undefined {
  if (!value) return undefined;
  const cleaned = value
    .replace(/^tel:/i, '')
    .replace(/["'“”]/g, '')
    .trim();
  if (cleaned !== value.trim()) notes.push(`${field} "${value}" had quotes or tel:; written as ${cleaned}`);
  // Dial-in numbers carry the meeting's id after commas (pauses): "+1 646 558 8656,,123456#".
  const [number = '', codes] = cleaned.split(/[,;]+(.*)/);
  if (codes !== undefined) {
    notes.push(
      `${field} "${value}": the codes dialled after the number (${codes}) are left out — add them to the notes if they may be published`,
    );
    return importPhone(field, number, country, notes, extension);
  }
  const withExtension = extension ? `${cleaned} ext. ${extension}` : cleaned;
  const checked = PhoneNumberSchema.safeParse(withExtension);
  const problem = checked.success
    ? phoneProblem(withExtension, country as CountryCode)
    : firstMessage(checked.error);
  if (!problem) return withExtension;
  notes.push(`${field} "${value}" ${problem}; left out`);
  return undefined;
}

/** A coordinate pair both of whose values are degrees, or undefined with the reason in `notes`. */
export function importPoint(
  latitude: unknown,
  longitude: unknown,
  notes: string[],
): { latitude: number; longitude: number } | undefined {
  if (latitude === undefined && longitude === undefined) return undefined;
  const lat = LatitudeSchema.safeParse(typeof latitude === 'string' ? Number(latitude) : latitude);
  const lon = LongitudeSchema.safeParse(typeof longitude === 'string' ? Number(longitude) : longitude);
  if (lat.success && lon.success && !(lat.data === 0 && lon.data === 0))
    return { latitude: lat.data, longitude: lon.data };
  const why = !lat.success
    ? `latitude ${JSON.stringify(latitude)} ${firstMessage(lat.error)}`
    : !lon.success
      ? `longitude ${JSON.stringify(longitude)} ${firstMessage(lon.error)}`
      : 'the point 0, 0 is in the ocean, a sign of a missing position';
  notes.push(`${why}; the position is left out`);
  return undefined;
}
