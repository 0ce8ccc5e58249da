import type { Translations } from '../../schemas/primitives.ts';
import { languagePrefix, pathsIn } from '../paths.ts';
import { findBrokenReferences } from '../references.ts';
import { publishedLanguages } from '../site-languages.ts';
import { byName } from '../text.ts';
import { translate } from '../translations.ts';
import { dayListings } from './day-listings.ts';
import { toPublicGroup, toPublicService, type ViewContext } from './public-view.ts';
import type { Directory, PublicArea, PublicEntry, PublicTopic, RawContent } from './types.ts';

/** A reference in the content that points at nothing. The build stops and names both files. */
export class BrokenReferenceError extends Error {
  override name = 'BrokenReferenceError';
}

const closedLast = (a: PublicEntry, b: PublicEntry) =>
  Number(a.status === 'closed') - Number(b.status === 'closed');

/** Stops the build when a reference points at nothing, naming the file, the field and both ends. */
function refuseBrokenReferences(content: RawContent): void {
  const broken = findBrokenReferences(
    {
      topics: new Set(content.topics.map((topic) => topic.id)),
      areas: new Set(content.areas.map((area) => area.id)),
      organizations: new Set(content.organizations.map((org) => org.id)),
    },
    [
      ...content.groups.map((raw) => ({ collection: 'groups' as const, id: raw.id, data: raw.data })),
      ...content.services.map((raw) => ({ collection: 'services' as const, id: raw.id, data: raw.data })),
    ],
  );
  if (broken.length === 0) return;
  const where = {
    topics: content.files.topics,
    areas: content.files.areas,
    organizations: 'content/organizations/',
  };
  const files = new Map([...content.groups, ...content.services].map((raw) => [raw.id, raw.file]));
  const lines = broken.map(
    (ref) =>
      `${files.get(ref.id) ?? ref.id}  ${ref.field.join('.')}  names "${ref.missing}", which is not in ${where[ref.target]} — fix the spelling or add it there`,
  );
  throw new BrokenReferenceError(
    `Some references point at nothing (run npm run validate for line numbers):\n${lines.join('\n')}`,
  );
}

type InView = (text: Translations) => ReturnType<typeof translate>;

/** Topics and areas in the reader's language, sorted by their labels there. */
function labelledLists(content: RawContent, inView: InView, paths: Directory['paths'], lang: string) {
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  const topics: PublicTopic[] = content.topics
    .map((topic) => {
      const label = inView(topic.label);
      return {
        id: topic.id,
        label: label.text,
        lang: label.lang,
        description: inView(topic.description),
        url: paths.topic(topic.id),
      };
    })
    .sort(byLabel);
  const areas: PublicArea[] = content.areas
    .map((area) => {
      const label = inView(area.label);
      return {
        id: area.id,
        label: label.text,
        lang: label.lang,
        url: paths.area(area.id),
        centre: area.centre,
        ...(area.description === undefined ? {} : { description: inView(area.description) }),
      };
    })
    .sort(byLabel);
  const places = content.places.map((place) => ({
    name: inView(place.name).text,
    kind: place.kind,
    centre: place.centre,
    aliases: place.aliases,
    ...(place.area ? { area: place.area } : {}),
  }));
  return { topics, areas, places };
}

function organizationsInView(content: RawContent, inView: InView): ViewContext['organizations'] {
  return new Map(
    content.organizations.map((org) => [
      org.id,
      {
        id: org.id,
        name: org.data.name,
        description: inView(org.data.description).text,
        ...(org.data.website ? { website: org.data.website } : {}),
        ...(org.data.email ? { email: org.data.email } : {}),
      },
    ]),
  );
}

/** The entries of each topic and each area, closed ones last. */
function entriesByTopicAndArea(entries: PublicEntry[], topics: PublicTopic[], areas: PublicArea[]) {
  const entriesByTopic = new Map(topics.map((topic) => [topic.id, [] as PublicEntry[]]));
  const entriesByArea = new Map(areas.map((area) => [area.id, [] as PublicEntry[]]));
  for (const entry of entries) {
    for (const topic of entry.topics) entriesByTopic.get(topic.id)?.push(entry);
    const area = entry.location.area?.id;
    if (area) entriesByArea.get(area)?.push(entry);
  }
  for (const list of [...entriesByTopic.values(), ...entriesByArea.values()]) list.sort(closedLast);
  return { entriesByTopic, entriesByArea };
}

/**
 * Resolves references, projects every entry onto its public view in one interface language, sorts
 * deterministically and derives the lists pages need. Pure: it takes loaded content, a reference date
 * and a language (the site's main one by default), so tests call it with plain data.
 */
export function buildDirectory(content: RawContent, today: string, lang?: string): Directory {
  const { site } = content;
  const siteLang = site.default_language;
  const viewLang = lang ?? siteLang;
  const paths = pathsIn(languagePrefix(viewLang, siteLang));
  const inView: InView = (text) => translate(text, viewLang, siteLang);
  refuseBrokenReferences(content);
  const { topics, areas, places } = labelledLists(content, inView, paths, viewLang);
  const ctx: ViewContext = {
    lang: viewLang,
    siteLang,
    paths,
    country: site.region.country,
    today,
    staleAfterMonths: site.stale_after_months,
    topics: new Map(topics.map((topic) => [topic.id, topic])),
    areas: new Map(areas.map((area) => [area.id, area])),
    organizations: organizationsInView(content, inView),
  };
  const groups = content.groups.map((raw) => toPublicGroup(ctx, raw)).sort(byName);
  const services = content.services.map((raw) => toPublicService(ctx, raw)).sort(byName);
  return {
    lang: viewLang,
    paths,
    site: {
      ...site,
      tagline: inView(site.tagline),
      crisis_lines: site.crisis_lines.map((line) => ({ ...line, description: inView(line.description) })),
      languages: publishedLanguages(site),
    },
    topics,
    areas,
    places,
    groups: groups.sort(closedLast),
    services: services.sort(closedLast),
    ...entriesByTopicAndArea([...groups, ...services], topics, areas),
    groupsByWeekday: dayListings(groups),
  };
}
