import { getTypesForLanguage, isMeetingType, type MeetingType } from '@code4recovery/spec';
import { meetingGuideTypeTables, type TypedValues, valuesOf } from '../../open-data/meeting-guide-types.ts';
import { comparable } from '../../text.ts';

/** Meeting Guide's own names for its codes, in English: for the report and for sheets that write names. */
export const typeNames = getTypesForLanguage('en') as Record<MeetingType, string>;

const codeOfName = new Map<string, MeetingType>();
for (const language of ['en', 'es', 'fr']) {
  for (const [code, name] of Object.entries(getTypesForLanguage(language)))
    codeOfName.set(comparable(name), code as MeetingType);
}

/** A type as a code: codes as they are ("O", "lgbtq" → "LGBTQ"), names by the spec's tables ("Open" → "O"). */
export function typeCode(value: string): string {
  const trimmed = value.trim();
  if (isMeetingType(trimmed)) return trimmed;
  if (isMeetingType(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return codeOfName.get(comparable(trimmed)) ?? trimmed;
}

/** Codes read elsewhere than the shared tables: the place is closed for now, or it meets online. */
const READ_ELSEWHERE = new Set(['TC', 'ONL']);

/**
 * What a meeting's type codes say in our vocabularies (read through the same tables the feed is written
 * with), and the codes that say something we have no field for, named for the report.
 */
export function readTypeCodes(codes: readonly string[]): TypedValues & { unmapped: string[] } {
  const values = valuesOf(codes);
  const tables = Object.values(meetingGuideTypeTables).flatMap((table) => Object.values(table) as string[]);
  const unmapped = codes
    .filter((code) => !tables.includes(code) && !READ_ELSEWHERE.has(code))
    .map((code) =>
      isMeetingType(code) ? `${code} (${typeNames[code]})` : `"${code}" (not a Meeting Guide type)`,
    );
  return { ...values, unmapped };
}
