/**
 * Closed vocabularies. Each map's keys are the values authors may write; the text explains the value
 * to a volunteer (error messages and editor hovers). UI labels live in `src/i18n/`.
 * Adding a value is one line here plus its label in each language.
 */

export const audiences = {
  anyone: 'Open to everyone affected',
  women: 'Women (trans women included)',
  men: 'Men (trans men included)',
  lgbtq: 'Lesbian, gay, bisexual, trans and queer people',
  trans: 'Trans and non-binary people',
  youth: 'Young people (roughly 13–25)',
  seniors: 'Older adults (60+)',
  'family-and-friends': 'Family members, partners and friends of someone affected',
  parents: 'Parents and carers',
  veterans: 'Military veterans',
  'people-of-colour': 'Black, Indigenous and people of colour',
  'deaf-and-hard-of-hearing': 'Deaf and hard-of-hearing people',
  'justice-involved': 'People who have been in prison or jail, and their families',
  newcomers: 'Migrants, refugees and people new to the country',
} as const;

export const accessibilityFeatures = {
  'step-free': 'Step-free access from the street to the room',
  'accessible-toilet': 'An accessible toilet on site',
  'hearing-loop': 'A hearing (induction) loop in the room',
  asl: 'Sign language interpretation (ASL)',
  captions: 'Live captions for online meetings',
  'large-print': 'Large-print materials',
  'quiet-space': 'A quiet room to step away to',
  'fragrance-free': 'Please come fragrance-free',
  childcare: 'Childcare during the meeting',
  'service-animals': 'Service animals welcome',
  'accessible-parking': 'Accessible parking',
  'near-transit': 'Within a short walk of public transport',
} as const;

export const serviceCategories = {
  testing: 'HIV, hepatitis and STI testing',
  clinic: 'Medical clinic or primary care',
  'mental-health-care': 'Counselling, therapy or psychiatric care',
  'harm-reduction': 'Syringe services, naloxone, drug checking',
  'addiction-treatment': 'Detox, treatment and recovery services',
  legal: 'Legal advice and representation',
  housing: 'Housing, shelter and tenancy support',
  benefits: 'Help applying for benefits and insurance',
  food: 'Food pantries and meals',
  'crisis-line': 'Phone or text lines for a crisis',
  employment: 'Job training and employment support',
  'case-management': 'Case management and care navigation',
  'reentry-support': 'Support after prison or jail',
  'family-support': 'Support for families and carers',
} as const;

export const leadershipStyles = {
  peer: 'Led by peers with lived experience',
  professional: 'Led by a professional (counsellor, social worker, clinician)',
  'co-facilitated': 'Led by a peer and a professional together',
} as const;

export const openToOptions = {
  anyone: 'Anyone may come, including supporters and the curious',
  'audience-only': 'Only people in the audiences listed',
} as const;

export const attendanceOptions = {
  in_person: 'Meets in a physical place',
  online: 'Meets online or by phone only',
  hybrid: 'Meets in person with an online or phone option',
} as const;

export const entryStatuses = {
  active: 'Meeting or open as listed',
  paused: 'Temporarily not meeting or closed; say why in `alert`',
  closed: 'Permanently closed; kept so people who look for it learn so',
} as const;

export const costKinds = {
  free: 'No charge',
  donation: 'Free, with optional donations',
  fee: 'A fee; describe it (and any sliding scale) in `description`',
} as const;

export const phoneTypes = {
  voice: 'A voice line',
  text: 'Takes text messages (SMS)',
  tty: 'A TTY/TDD line',
  fax: 'Fax',
} as const;

export const weekdays = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
} as const;

export type Audience = keyof typeof audiences;
export type AccessibilityFeature = keyof typeof accessibilityFeatures;
export type ServiceCategory = keyof typeof serviceCategories;
export type Weekday = keyof typeof weekdays;

/** The keys of a vocabulary map, typed as a non-empty tuple for `z.enum`. */
export function keysOf<T extends Record<string, string>>(
  map: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
}

/** Weekday codes in calendar order, Monday first (ISO 8601). */
export const weekdayCodes = keysOf(weekdays);
