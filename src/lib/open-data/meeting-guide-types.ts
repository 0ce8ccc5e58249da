import { isMeetingType, type MeetingType } from '@code4recovery/spec';
import type { GroupData } from '../../schemas/group.ts';
import type { AccessibilityFeature, Audience } from '../../schemas/vocabularies.ts';

/**
 * Our vocabularies and the Meeting Guide type codes (reserved in @code4recovery/spec) that say the same
 * thing. Kept as tables so they read both ways: `typesOf` writes a feed, `valuesOf` reads one. Values with
 * no faithful code are left out rather than stretched: our `newcomers` audience means migrants, not
 * Meeting Guide's "Newcomer" (BE), and hearing loops and captions have no code.
 */
export const meetingGuideTypeTables = {
  audiences: {
    women: 'W',
    men: 'M',
    lgbtq: 'LGBTQ',
    trans: 'T',
    youth: 'Y',
    seniors: 'SEN',
    'people-of-colour': 'POC',
  } satisfies Partial<Record<Audience, MeetingType>>,
  accessibility: {
    'step-free': 'X',
    'accessible-toilet': 'XB',
    asl: 'ASL',
    'fragrance-free': 'FF',
    childcare: 'BA',
  } satisfies Partial<Record<AccessibilityFeature, MeetingType>>,
  openTo: { anyone: 'O', 'audience-only': 'C' } satisfies Record<GroupData['open_to'], MeetingType>,
  /** BCP 47 primary language subtags. */
  languages: {
    af: 'AF',
    am: 'AM',
    ar: 'AR',
    ase: 'ASL',
    bg: 'BG',
    da: 'DA',
    de: 'DE',
    el: 'EL',
    en: 'EN',
    es: 'S',
    fa: 'FA',
    fi: 'FI',
    fr: 'FR',
    he: 'HE',
    hi: 'HI',
    hr: 'HR',
    hu: 'HU',
    is: 'IS',
    it: 'ITA',
    ja: 'JA',
    ka: 'KA',
    ko: 'KOR',
    lt: 'LT',
    ml: 'ML',
    mt: 'MT',
    ne: 'NE',
    nl: 'NL',
    no: 'NO',
    pa: 'PUN',
    pl: 'POL',
    pt: 'POR',
    ru: 'RUS',
    sk: 'SK',
    sl: 'SL',
    sv: 'SV',
    th: 'TH',
    tl: 'TL',
    tr: 'TUR',
    uk: 'UK',
  } satisfies Record<string, MeetingType>,
};

type Tables = typeof meetingGuideTypeTables;
export type TypedValues = { [K in keyof Tables]: (keyof Tables[K] & string)[] };

const primaryLanguage = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag;
const lookup = (table: Record<string, string>, key: string): string[] =>
  key in table ? [table[key] as string] : [];

/** The Meeting Guide type codes for a group's audiences, access, openness and languages, sorted, unique. */
export function typesOf(values: {
  audiences: readonly string[];
  accessibility: readonly string[];
  openTo: string;
  languages: readonly string[];
}): MeetingType[] {
  const tables: Record<keyof Tables, Record<string, string>> = meetingGuideTypeTables;
  const codes = [
    ...values.audiences.flatMap((value) => lookup(tables.audiences, value)),
    ...values.accessibility.flatMap((value) => lookup(tables.accessibility, value)),
    ...lookup(tables.openTo, values.openTo),
    ...values.languages.flatMap((tag) => lookup(tables.languages, primaryLanguage(tag))),
  ];
  return [...new Set(codes)].filter(isMeetingType).sort();
}

/** Our vocabulary values that a feed's type codes stand for; codes we have no value for are ignored. */
export function valuesOf(codes: readonly string[]): TypedValues {
  const found = (table: Record<string, string>) =>
    Object.entries(table)
      .filter(([, code]) => codes.includes(code))
      .map(([value]) => value);
  const tables = meetingGuideTypeTables;
  return {
    audiences: found(tables.audiences),
    accessibility: found(tables.accessibility),
    openTo: found(tables.openTo),
    languages: found(tables.languages),
  } as TypedValues;
}
