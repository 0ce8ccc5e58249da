import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/** A phone number ready to show and to dial. */
export interface DialablePhone {
  /** As people in the region write it, such as (312) 555-0142. */
  display: string;
  /**
   * A `tel:` URI in international form, such as tel:+13125550142 (with `;ext=4` for an extension); short
   * codes stay as they are (tel:988).
   */
  href: string;
  /** An `sms:` URI for the same number. */
  sms: string;
}

/**
 * Formats a number written by a volunteer for display and dialling, using the site's country for numbers
 * written without a country code. Short codes such as 988 or 211 are kept as written.
 */
export function dialable(number: string, country: string): DialablePhone {
  const digits = number.replace(/[^\d+]/g, '');
  const parsed =
    digits.replace('+', '').length > 6
      ? parsePhoneNumberFromString(number, country as CountryCode)
      : undefined;
  if (!parsed) return { display: number.trim(), href: `tel:${digits}`, sms: `sms:${digits}` };
  return {
    display: parsed.country === country ? parsed.formatNational() : parsed.formatInternational(),
    href: parsed.getURI(),
    sms: `sms:${parsed.number}`,
  };
}

/** A phone number that never wraps across lines: spaces and hyphens become their non-breaking forms. */
export function unbreakable(display: string): string {
  return display.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
