import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * A phone number as people write it — "773.555.0100", "+1 773 555 0100", "(773) 555-0100 ext. 4",
 * "773-555-0100, extension 4" — in the form the site writes numbers of its country: "(773) 555-0100
 * ext. 4". Short codes (988, 211) stay as they are. libphonenumber-js knows every country's lengths.
 */
export function readPhone(answer: string, country: string): Reading<string> {
  const text = answer.trim().replace(/^(?:tel|phone|call|llamar|telefono|teléfono)\s*:?\s*/i, '');
  if (/^\d{3,6}$/.test(text)) return read(text);
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  if (!parsed?.isPossible())
    return cannotRead(
      `${quote(answer)} is not a phone number here — write it with its area code, like (312) 555-0142, or with + and the country code`,
    );
  return read(parsed.country === country ? parsed.formatNational() : parsed.formatInternational());
}
