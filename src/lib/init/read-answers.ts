import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import { uiLanguages } from '../../i18n/index.ts';
import { canonicalTimeZone, PhoneNumberSchema, WebUrlSchema } from '../../schemas/primitives.ts';
import { middleOf } from '../geo/middle.ts';
import { phoneProblem } from '../validation/cross-file-rules.ts';
import {
  type AreaAnswer,
  answering,
  boundsAround,
  InitAnswerError,
  readAreas,
  readBounds,
  readPoint,
} from './region.ts';
import { type InitAnswers, pagesUrlOf } from './site-settings.ts';

/** The answers as typed (flags or prompts): text, before reading. */
export interface RawAnswers {
  name?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
  timezone?: string | undefined;
  centre?: string | undefined;
  bounds?: string | undefined;
  areas?: string | undefined;
  languages?: string | undefined;
  repository?: string | undefined;
  url?: string | undefined;
  crisisLines?: string[] | undefined;
}

export function readCountry(text: string): string {
  const code = text.trim().toUpperCase();
  // The country is there to read phone numbers, so it must be one the phone library knows ("UK" is not).
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code))
    throw new InitAnswerError(
      `country "${text}" is not an ISO 3166 country code — write two letters, like GB, MX or US`,
    );
  return code;
}

/** The IANA name in its canonical spelling ("europe/london" → "Europe/London"). */
export function readTimeZone(text: string): string {
  const zone = canonicalTimeZone(text.trim());
  if (!zone)
    throw new InitAnswerError(
      `time zone "${text}" is not an IANA time zone — write one like Europe/London or America/Mexico_City`,
    );
  return zone;
}

export function readLanguages(text: string): string[] {
  const tags = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((tag) => tag.toLowerCase());
  const unknown = tags.filter((tag) => !(uiLanguages as readonly string[]).includes(tag));
  if (tags.length === 0 || unknown.length > 0)
    throw new InitAnswerError(
      `languages "${text}" — the interface exists in ${uiLanguages.join(', ')}; list those you want, main one first, like "en,es"`,
    );
  return [...new Set(tags)];
}

function readWebAddress(text: string, what: string): string {
  if (!WebUrlSchema.safeParse(text.trim()).success)
    throw new InitAnswerError(`${what} "${text}" is not a web address — write it in full, starting https://`);
  return text.trim();
}

/** "Samaritans|116123|Call free, 24/7" as a crisis line; the number is checked as a phone number. */
export function readCrisisLine(text: string, country: string) {
  const [name = '', phone = '', description = ''] = text.split('|').map((part) => part.trim());
  if (!name || !phone || !description)
    throw new InitAnswerError(
      `crisis line "${text}" needs a name, a number and when it answers — write it like "Samaritans|116123|Call free, 24/7"`,
    );
  const impossible = phoneProblem(phone, country as CountryCode);
  if (impossible) throw new InitAnswerError(`crisis line "${name}": "${phone}" ${impossible}`);
  if (!PhoneNumberSchema.safeParse(phone).success)
    throw new InitAnswerError(`crisis line "${name}": "${phone}" is not a phone number`);
  return { name, phone, description };
}

/** Areas and the region's box and centre: from the areas named, or from a centre (and box) given. */
export function readRegion(
  raw: RawAnswers,
  regionName: string,
): { areas: AreaAnswer[]; centre: InitAnswers['centre']; bounds: InitAnswers['bounds'] } {
  const named = raw.areas ? readAreas(raw.areas) : [];
  const given = raw.centre ? readPoint(raw.centre, 'centre') : undefined;
  if (!given && named.length === 0)
    throw new InitAnswerError(
      'the region needs a map centre (--centre "lat,lon") or its areas (--areas "Name@lat,lon; …")',
    );
  const centre = given ?? middleOf(named.map((area) => area.centre));
  const areas = named.length > 0 ? named : readAreas(`${regionName}@${centre.latitude},${centre.longitude}`);
  const bounds = raw.bounds
    ? readBounds(raw.bounds)
    : boundsAround(
        areas.map((area) => area.centre),
        named.length > 1 ? 0.25 : 0.5,
      );
  return { areas, centre, bounds };
}

/** Every answer read and checked; the first that cannot be read is an error that says how to write it. */
export function readAnswers(
  raw: RawAnswers,
  demoCrisisLines: InitAnswers['crisisLines'],
): { answers: InitAnswers; areas: AreaAnswer[] } {
  const regionName = raw.region?.trim();
  if (!regionName)
    throw new InitAnswerError('the region needs a name, such as "Edinburgh" (--region)', 'region');
  const country = answering('country', () => readCountry(raw.country ?? ''));
  const repository = answering('repository', () => readWebAddress(raw.repository ?? '', 'repository'));
  const url = raw.url ? answering('url', () => readWebAddress(raw.url ?? '', 'url')) : pagesUrlOf(repository);
  if (!url)
    throw new InitAnswerError(
      "the site's address is needed when the repository is not on GitHub (--url https://…)",
      'url',
    );
  const { areas, centre, bounds } = answering('areas', () => readRegion(raw, regionName));
  // The demo's lines are national lines of its country: kept there, never carried to another country.
  const crisisLines = raw.crisisLines
    ? answering('crisisLines', () => raw.crisisLines?.map((line) => readCrisisLine(line, country)) ?? [])
    : country === 'US'
      ? demoCrisisLines
      : [];
  return {
    answers: {
      name: raw.name?.trim() || `Circles ${regionName}`,
      regionName,
      country,
      timezone: answering('timezone', () => readTimeZone(raw.timezone ?? '')),
      bounds,
      centre,
      languages: answering('languages', () => readLanguages(raw.languages ?? 'en')),
      repository,
      url,
      crisisLines,
    },
    areas,
  };
}
