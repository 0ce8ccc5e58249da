/**
 * A time zone's name for people, the same all year round: "Central Time" rather than "Central Standard
 * Time", which would be wrong for half of it.
 */
export function zoneName(timezone: string, lang: string): string | undefined {
  return new Intl.DateTimeFormat(lang, { timeZone: timezone, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
}
