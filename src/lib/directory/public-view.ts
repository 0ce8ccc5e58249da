import type { Phone } from '../../schemas/contact.ts';
import type { GroupData } from '../../schemas/group.ts';
import type { Location } from '../../schemas/location.ts';
import type { Translations } from '../../schemas/primitives.ts';
import type { AuthoredRule, ScheduleRule } from '../../schemas/schedule.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { Paths } from '../paths.ts';
import { dialable } from '../phone.ts';
import { weekdaysOf } from '../schedule/weekdays.ts';
import { isStale } from '../staleness.ts';
import { paragraphs } from '../text.ts';
import { otherVersions, type Translated, translate } from '../translations.ts';
import type {
  AreaRef,
  EntryText,
  PublicArea,
  PublicGroup,
  PublicLocation,
  PublicOrganization,
  PublicPhone,
  PublicService,
  PublicTopic,
  RawEntry,
} from './types.ts';

/** What the projection needs to know beyond the entry itself. */
export interface ViewContext {
  /** The interface language of the view, and the site's main language (what untagged text is in). */
  lang: string;
  siteLang: string;
  paths: Paths;
  country: string;
  today: string;
  staleAfterMonths: number;
  topics: ReadonlyMap<string, PublicTopic>;
  areas: ReadonlyMap<string, PublicArea>;
  organizations: ReadonlyMap<string, PublicOrganization>;
}

const requireArea = (ctx: ViewContext, id: string): PublicArea => {
  const area = ctx.areas.get(id);
  // References are checked before projection; reaching this is a bug, not a content error.
  if (!area) throw new Error(`unresolved area ${id}`);
  return area;
};

const areaRef = (area: PublicArea): AreaRef => ({
  id: area.id,
  label: area.label,
  lang: area.lang,
  url: area.url,
});

const inView = (ctx: ViewContext, text: Translations): Translated => translate(text, ctx.lang, ctx.siteLang);

/** A translatable text in the view's language, or undefined when the author left it out. */
const textOf = (ctx: ViewContext, text: Translations | undefined): string | undefined =>
  text === undefined ? undefined : inView(ctx, text).text;

/** A rule with its note in the view's language. */
const ruleInView = (ctx: ViewContext, { notes, ...rule }: AuthoredRule): ScheduleRule => ({
  ...rule,
  ...optional('notes', textOf(ctx, notes)),
});

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * The privacy rule in one place: which parts of a location may be published. An `area` location gets
 * the area's centre (never anything of the venue); `on_request` and online get no point at all.
 */
export function publicLocation(ctx: ViewContext, location: Location | undefined): PublicLocation {
  if (!location) return { kind: 'online' };
  switch (location.kind) {
    case 'address': {
      const area = areaRef(requireArea(ctx, location.area));
      const cityLine = [location.city, location.state_province, location.postal_code]
        .filter(Boolean)
        .join(' ');
      return {
        kind: 'address',
        ...optional('venue', location.venue),
        lines: [location.address_1, location.address_2, cityLine].filter((line): line is string =>
          Boolean(line),
        ),
        area,
        postal: {
          address1: location.address_1,
          ...optional('address2', location.address_2),
          city: location.city,
          ...optional('stateProvince', location.state_province),
          ...optional('postalCode', location.postal_code),
        },
        point: { latitude: location.latitude, longitude: location.longitude },
        approximate: false,
        ...optional('directions', textOf(ctx, location.directions)),
      };
    }
    case 'area': {
      const area = requireArea(ctx, location.area);
      return {
        kind: 'area',
        area: areaRef(area),
        point: area.centre,
        approximate: true,
        ...optional('directions', textOf(ctx, location.directions)),
      };
    }
    case 'on_request':
      return {
        kind: 'on_request',
        ...optional(
          'area',
          location.area === undefined ? undefined : areaRef(requireArea(ctx, location.area)),
        ),
        ...optional('directions', textOf(ctx, location.directions)),
      };
  }
}

const publicPhone = (ctx: ViewContext, phone: Phone): PublicPhone => {
  const description = phone.description === undefined ? undefined : inView(ctx, phone.description);
  return {
    ...dialable(phone.number, ctx.country),
    type: phone.type,
    ...optional('description', description?.text),
    ...optional('descriptionLang', description?.lang),
  };
};

const voice = (ctx: ViewContext, number: string | undefined) =>
  number === undefined ? undefined : publicPhone(ctx, { number, type: 'voice' });

/**
 * The entry's translatable texts in the view's language, and the language each is really in, so pages
 * can mark text in another language (`lang`) and say that no translation was written.
 */
function textsInView(ctx: ViewContext, texts: Partial<Record<EntryText, Translations | undefined>>) {
  const text: Partial<Record<EntryText, string>> = {};
  const textLang: Partial<Record<EntryText, string>> = {};
  for (const [field, value] of Object.entries(texts) as [EntryText, Translations | undefined][]) {
    if (value === undefined) continue;
    const chosen = inView(ctx, value);
    text[field] = chosen.text;
    textLang[field] = chosen.lang;
  }
  return { text, textLang };
}

const sharedFields = (
  ctx: ViewContext,
  raw: RawEntry<GroupData | ServiceData>,
  texts: Partial<Record<EntryText, Translations | undefined>>,
) => {
  const data = raw.data;
  const organization = data.organization ? ctx.organizations.get(data.organization) : undefined;
  const { text, textLang } = textsInView(ctx, {
    summary: data.summary,
    description: data.description,
    contentWarning: data.content_warning,
    alert: data.alert,
    accessibilityNotes: data.accessibility_notes,
    directions: data.location?.directions,
    costDescription: 'description' in data.cost ? data.cost.description : undefined,
    ...texts,
  });
  return {
    id: raw.id,
    source: raw.file,
    name: data.name,
    summary: text.summary ?? '',
    description: paragraphs(text.description),
    descriptionElsewhere: otherVersions(data.description, textLang.description ?? ctx.lang, ctx.siteLang).map(
      (version) => ({ lang: version.lang, paragraphs: paragraphs(version.text) }),
    ),
    ...optional('contentWarning', text.contentWarning),
    textLang,
    topics: data.topics.map((id) => {
      const topic = ctx.topics.get(id);
      if (!topic) throw new Error(`unresolved topic ${id}`);
      return { id: topic.id, label: topic.label, lang: topic.lang, url: topic.url };
    }),
    languages: data.languages,
    cost: {
      kind: data.cost.kind,
      ...optional('description', text.costDescription),
    },
    accessibility: data.accessibility,
    ...optional('accessibilityNotes', text.accessibilityNotes),
    status: data.status,
    ...optional('alert', text.alert),
    location: publicLocation(ctx, data.location),
    ...optional('organization', organization),
    lastVerified: data.last_verified,
    stale: isStale(data.last_verified, ctx.today, ctx.staleAfterMonths),
    text,
  };
};

/** Projects a group onto what may be published. */
export function toPublicGroup(ctx: ViewContext, raw: RawEntry<GroupData>): PublicGroup {
  const data = raw.data;
  const { text, ...shared } = sharedFields(ctx, raw, {
    newcomers: data.newcomers,
    onlineNotes: data.online?.notes,
    contactRole: data.contact?.role,
  });
  const meetings = data.meetings.map((rule) => ruleInView(ctx, rule));
  const location =
    data.attendance === 'online' && shared.location.kind === 'area'
      ? { kind: 'online' as const, area: shared.location.area }
      : shared.location;
  const contact = data.contact && {
    ...optional('role', text.contactRole),
    ...optional('email', data.contact.email),
    ...optional('phone', voice(ctx, data.contact.phone)),
    ...optional('website', data.contact.website),
    ...optional('form', data.contact.form),
  };
  const online = data.online && {
    link_on_request: data.online.link_on_request,
    ...optional('url', data.online.url),
    ...optional('phone', voice(ctx, data.online.phone)),
    ...optional('notes', text.onlineNotes),
  };
  return {
    kind: 'group',
    url: ctx.paths.group(raw.id),
    ...shared,
    location,
    audiences: data.audiences,
    ledBy: data.led_by,
    openTo: data.open_to,
    attendance: data.attendance,
    meetings,
    weekdays: weekdaysOf(meetings),
    ...optional('online', online),
    ...optional('contact', contact),
    newcomers: paragraphs(text.newcomers),
  };
}

/** Projects a service onto what may be published. */
export function toPublicService(ctx: ViewContext, raw: RawEntry<ServiceData>): PublicService {
  const data = raw.data;
  const { text, ...shared } = sharedFields(ctx, raw, {
    eligibility: data.eligibility_description,
    hoursNotes: data.hours_notes,
  });
  return {
    kind: 'service',
    url: ctx.paths.service(raw.id),
    ...shared,
    categories: data.categories,
    eligibility: paragraphs(text.eligibility),
    ...optional('minimumAge', data.minimum_age),
    ...optional('maximumAge', data.maximum_age),
    hours: { kind: data.hours.kind, rules: data.hours.rules.map((rule) => ruleInView(ctx, rule)) },
    ...optional('hoursNotes', text.hoursNotes),
    phones: data.phones.map((phone) => publicPhone(ctx, phone)),
    ...optional('website', data.website),
    ...optional('email', data.email),
  };
}
