import { z } from 'astro/zod';

/**
 * Small reusable field types. Every message says what is wrong and, after a dash, how to fix it:
 * the validator prints them to volunteers as they are.
 */

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** An id: lowercase letters, digits and single hyphens, such as `hiv-peer-circle`. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'is not a valid id — use lowercase letters, digits and hyphens, like "grief-circle-uptown"',
});

/**
 * Characters that change how text looks without being seen: control characters (tab and, in text, line
 * breaks aside), direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name
 * read backwards or hide a web address, and zero-width spaces and joiners-that-are-not (U+200B, U+2060,
 * U+FEFF). Allowed, because real writing needs them: the zero-width joiner and non-joiner (U+200C,
 * U+200D: Persian, Indic scripts, emoji) and the left-to-right and right-to-left marks (U+200E, U+200F).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses the first invisible character in a value, naming it so a volunteer can find it. */
const withoutInvisibles = (value: string, ctx: z.RefinementCtx) => {
  const found = INVISIBLE.exec(value);
  if (found)
    ctx.addIssue({
      code: 'custom',
      message: `has an invisible character (${codePoint(found[0])}) after "${value.slice(Math.max(0, found.index - 20), found.index)}" — delete it (retype the text around it if you cannot see it); such characters can disguise what the text says`,
    });
};

/** Plain text on one line (names, summaries). HTML is refused because pages print text as written. */
export const LineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty — write some text or remove the field' })
    .max(max, { error: `is too long — keep it under ${max} characters` })
    .refine((value) => !/[\r\n]/.test(value), { error: 'has a line break — keep it on one line' })
    .refine((value) => !HTML_TAG.test(value), {
      error: 'contains HTML — write plain text; pages show text exactly as written',
    })
    .superRefine(withoutInvisibles);

/** Plain text that may run over several lines (descriptions). Blank lines separate paragraphs. */
export const TextSchema = (max = 4000) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty — write some text or remove the field' })
    .max(max, { error: `is too long — keep it under ${max} characters` })
    .refine((value) => !HTML_TAG.test(value), {
      error: 'contains HTML — write plain text; leave a blank line between paragraphs',
    })
    .superRefine(withoutInvisibles);

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** A web address starting with https:// (or http://). Other schemes, like `javascript:`, are refused. */
export const WebUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'is not a web address — write the full address, starting https://',
    });
    return;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `uses "${url.protocol}", which is not allowed — use an https:// address (phones and emails have their own fields)`,
    });
  }
  if (url.username || url.password) {
    ctx.addIssue({
      code: 'custom',
      message:
        'holds a user name or password before the @, which would be published — remove it and write only the address, such as https://example.org/join',
    });
  }
});

/** An email address, such as `circle@example.org`. */
export const EmailSchema = z.email({ error: 'is not an email address — write it like name@example.org' });

/** An extension after the number: "ext. 4", "ext 12", "x4". */
const EXTENSION = /\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i;

/**
 * A phone number as people write it: digits with optional spaces, dots, dashes, brackets and a leading +,
 * and an extension after it, like (312) 555-0142 ext. 4. Short codes such as 988 or 211 are allowed. The
 * validator also checks it against the site's country.
 */
export const PhoneNumberSchema = z
  .string()
  .trim()
  .refine((value) => /^\+?[0-9 ().-]+$/.test(value.replace(EXTENSION, '')), {
    error:
      'is not a phone number — use digits, spaces, dashes and brackets only, like (312) 555-0142, and "ext. 4" after it for an extension',
  })
  .refine((value) => /^\d{3,15}$/.test(value.replace(EXTENSION, '').replace(/\D/g, '')), {
    error: 'has the wrong number of digits — a phone number has 3 to 15 digits',
  });

/** A calendar date, `YYYY-MM-DD`. YAML may hand it over as a date object; it is normalised to text. */
export const DateSchema = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value,
  z.iso.date({ error: 'is not a date — write it as YYYY-MM-DD, like 2026-03-14' }),
);

/** The date someone last confirmed an entry with its organisers: `YYYY-MM-DD`, not in the future. */
export const LastVerifiedSchema = DateSchema.refine(
  (value) => value <= new Date().toISOString().slice(0, 10),
  {
    error: 'is in the future — write the date you checked the entry, today or earlier',
  },
);

/** A time of day on the 24-hour clock, `HH:MM`, such as `19:00`. */
export const TimeSchema = z
  .string({ error: 'is not a time — write it in quotes as "HH:MM" on the 24-hour clock, like "19:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'is not a time — write it as "HH:MM" on the 24-hour clock, like "19:00" or "07:30"',
  });

/** A language as a BCP 47 tag: `en`, `es`, `zh-Hant`, `pt-BR`, `ase` (American Sign Language). */
export const LanguageTagSchema = z.string().transform((value, ctx) => {
  const canonical = canonicalTag(value);
  if (canonical) return canonical;
  ctx.addIssue({
    code: 'custom',
    message: 'is not a language tag — use a BCP 47 code such as en, es, zh-Hant or ase',
  });
  return z.NEVER;
});

/** An IANA time zone name, such as `America/Chicago`. */
/** The IANA name as the runtime spells it ("america/chicago" → "America/Chicago"), or none if unknown. */
export function canonicalTimeZone(value: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export const TimeZoneSchema = z.string().superRefine((value, ctx) => {
  const canonical = canonicalTimeZone(value);
  if (canonical === undefined)
    ctx.addIssue({
      code: 'custom',
      message: 'is not a time zone — use an IANA name such as America/Chicago or Europe/London',
    });
  // In other capitals ("america/chicago") it would reach calendars and feeds verbatim. (Links such as
  // US/Central are real IANA names and stay allowed.)
  else if (canonical !== value && canonical.toLowerCase() === value.toLowerCase())
    ctx.addIssue({
      code: 'custom',
      message: `is spelled differently from its IANA name — write ${canonical}`,
    });
});

/** A latitude in degrees, -90 to 90 (north is positive). */
export const LatitudeSchema = z
  .number({ error: 'is not a number — write the latitude in decimal degrees, like 41.8781' })
  .min(-90, {
    error: 'is below -90 — a latitude is between -90 and 90; did you swap latitude and longitude?',
  })
  .max(90, { error: 'is above 90 — a latitude is between -90 and 90; did you swap latitude and longitude?' });

/** A longitude in degrees, -180 to 180 (east is positive). */
export const LongitudeSchema = z
  .number({ error: 'is not a number — write the longitude in decimal degrees, like -87.6298' })
  .min(-180, { error: 'is below -180 — a longitude is between -180 and 180' })
  .max(180, { error: 'is above 180 — a longitude is between -180 and 180' });

/**
 * Text written once for every language is stored under this key (BCP 47 "undetermined"); the directory
 * reads it as the site's `default_language`, which the schema of a single file cannot know.
 */
export const UNTAGGED = 'und';

/** Language → text. Plain text is `{ und: text }`. */
export type Translations = Record<string, string>;

/**
 * A text field volunteers may translate: plain text in the site's main language, or a map from language
 * tag to text, such as `{ en: Weekly group, es: Grupo semanal }`. Pages show the reader's language and
 * say so when they fall back to another.
 */
export const Translatable = (text: z.ZodType<string>) =>
  z.union([
    text.transform((value): Translations => ({ [UNTAGGED]: value })),
    z
      .record(z.string(), text)
      .refine((map) => Object.keys(map).length > 0, {
        error: 'is empty — write the text, or one line per language like "en: …" and "es: …"',
      })
      .transform((map, ctx): Translations => {
        const out: Translations = {};
        for (const [tag, value] of Object.entries(map)) {
          const canonical = canonicalTag(tag);
          if (canonical) out[canonical] = value;
          else
            ctx.addIssue({
              code: 'custom',
              path: [tag],
              message: `"${tag}" is not a language tag — use a BCP 47 code such as en, es or ar before the colon`,
            });
        }
        return out;
      }),
  ]);

const knownLanguages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The canonical form of a BCP 47 tag (`zh-hant` → `zh-Hant`), or undefined when it is not one or names
 * no language anyone knows ("espanol" has the shape of a tag but is a misspelling, not a language).
 */
function canonicalTag(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return undefined;
    return knownLanguages.of(new Intl.Locale(canonical).language) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
