import type { UiStrings } from '../../i18n/en/ui.ts';
import type { SynonymData } from '../../schemas/synonyms.ts';
import {
  accessibilityFeatures,
  audiences,
  costKinds,
  serviceCategories,
} from '../../schemas/vocabularies.ts';
import { scheduleRules } from '../describe.ts';
import type { Directory, PublicEntry } from '../directory/types.ts';
import {
  ALWAYS_OPEN,
  AT_AREA_CENTRE,
  type AttendanceCode,
  CARDS_PER_CHUNK,
  encodeRule,
  FINDER_DATA_VERSION,
  type FinderIndex,
  type Labelled,
  type NameLine,
  type NamesFile,
  NO_PLACE,
  type PlaceCode,
  type PlaceLine,
  POINT_SCALE,
} from './finder-data.ts';

/** Everything the finder's data files hold, for one language. */
export interface FinderData {
  index: FinderIndex;
  names: NamesFile;
  /** The entries of each cards file, in index order. */
  chunks: PublicEntry[][];
}

/** What the finder data needs besides the directory: search words and the interface text. */
export interface FinderContext {
  synonyms: readonly SynonymData[];
  ui: UiStrings;
  languageName: (tag: string) => string;
}

/** Entries in the finder: everything but closed entries, which are for learning they closed, not for going to. */
export function finderEntries(directory: Directory): PublicEntry[] {
  return [...directory.groups, ...directory.services].filter((entry) => entry.status !== 'closed');
}

const COST_CODES = { free: 'f', donation: 'd', fee: '$' } as const;
const keys = <T extends object>(map: T) => Object.keys(map) as (keyof T & string)[];

function attendanceOf(entry: PublicEntry): AttendanceCode {
  if (entry.kind === 'group')
    return entry.attendance === 'online' ? 'o' : entry.attendance === 'hybrid' ? 'h' : 'i';
  return entry.location.kind === 'online' ? 'o' : 'i';
}

function placeOf(entry: PublicEntry, centre: FinderIndex['centre']): PlaceCode {
  const location = entry.location;
  if (location.kind === 'area') return AT_AREA_CENTRE;
  if (location.kind !== 'address') return NO_PLACE;
  return [
    Math.round((location.point.latitude - centre[0]) * POINT_SCALE),
    Math.round((location.point.longitude - centre[1]) * POINT_SCALE),
  ];
}

function scheduleOf(entry: PublicEntry): string[] {
  if (entry.kind === 'service' && entry.hours.kind === 'always') return [ALWAYS_OPEN];
  return scheduleRules(entry).map(encodeRule);
}

/** Indexes into a vocabulary, for the values an entry has. */
const indexer = (vocabulary: readonly { 0: string }[]) => {
  const position = new Map(vocabulary.map((item, index) => [item[0], index]));
  return (values: readonly string[]) => values.flatMap((value) => position.get(value) ?? []);
};

function vocabularyOf(directory: Directory, entries: readonly PublicEntry[], context: FinderContext) {
  const { ui } = context;
  const labelled = <K extends string>(ids: readonly K[], labels: Record<K, string>): Labelled[] =>
    ids.map((id) => [id, labels[id]]);
  const languages = [...new Set(entries.flatMap((entry) => entry.languages))]
    .map((tag): Labelled => [tag, context.languageName(tag)])
    .sort((a, b) => a[1].localeCompare(b[1], directory.lang));
  return {
    topic: directory.topics.map((topic): Labelled => [topic.id, topic.label]),
    area: directory.areas.map((area): FinderIndex['vocabulary']['area'][number] => [
      area.id,
      area.label,
      area.centre.latitude,
      area.centre.longitude,
    ]),
    language: languages,
    audience: labelled(keys(audiences), ui.audiences),
    access: labelled(keys(accessibilityFeatures), ui.accessibility),
    category: labelled(keys(serviceCategories), ui.categories),
    cost: labelled(keys(costKinds), ui.cost),
  };
}

/** Words from content/synonyms.yaml that find an entry by its text (those finding a topic go with the topic). */
function extraWords(entry: PublicEntry, synonyms: readonly SynonymData[]): string {
  const text = [entry.name, entry.summary, ...entry.description].join(' ').toLocaleLowerCase('en');
  return synonyms
    .filter((synonym) => synonym.words.some((word) => text.includes(word.toLocaleLowerCase('en'))))
    .flatMap((synonym) => synonym.terms)
    .join(' ');
}

/**
 * The finder's data for one language, from the public view only: the index of facets, the names and
 * search words, and which entries each cards file holds.
 */
export function buildFinderData(directory: Directory, context: FinderContext): FinderData {
  const entries = finderEntries(directory);
  const centre: FinderIndex['centre'] = [
    directory.site.map.centre.latitude,
    directory.site.map.centre.longitude,
  ];
  const vocabulary = vocabularyOf(directory, entries, context);
  const topicIndex = indexer(vocabulary.topic);
  const accessIndex = indexer(vocabulary.access);
  const areaIndex = indexer(vocabulary.area);
  const languageIndex = indexer(vocabulary.language);
  const audienceIndex = indexer(vocabulary.audience);
  const categoryIndex = indexer(vocabulary.category);
  const index: FinderIndex = {
    version: FINDER_DATA_VERSION,
    lang: directory.lang,
    timezone: directory.site.timezone,
    centre,
    count: entries.length,
    chunkSize: CARDS_PER_CHUNK,
    vocabulary,
    entries: {
      kind: entries.map((entry) => (entry.kind === 'group' ? 'g' : 's')).join(''),
      status: entries.map((entry) => (entry.status === 'paused' ? 'p' : 'a')).join(''),
      cost: entries.map((entry) => COST_CODES[entry.cost.kind]).join(''),
      attendance: entries.map(attendanceOf).join(''),
      area: entries.map((entry) => areaIndex(entry.location.area ? [entry.location.area.id] : [])[0] ?? -1),
      topic: entries.map((entry) => topicIndex(entry.topics.map((topic) => topic.id))),
      language: entries.map((entry) => languageIndex(entry.languages)),
      audience: entries.map((entry) => audienceIndex(entry.kind === 'group' ? entry.audiences : [])),
      category: entries.map((entry) => categoryIndex(entry.kind === 'service' ? entry.categories : [])),
      access: entries.map((entry) =>
        accessIndex(entry.accessibility).reduce((bits, bit) => bits | (1 << bit), 0),
      ),
      place: entries.map((entry) => placeOf(entry, centre)),
      schedule: entries.map(scheduleOf),
    },
  };
  const topicWords = directory.topics.map((topic) =>
    context.synonyms
      .filter((synonym) => synonym.topics.includes(topic.id))
      .flatMap((synonym) => synonym.terms),
  );
  const names = entries.map((entry): NameLine => {
    const words = extraWords(entry, context.synonyms);
    return words
      ? [`${entry.kind}:${entry.id}`, entry.name, words]
      : [`${entry.kind}:${entry.id}`, entry.name];
  });
  const chunks: PublicEntry[][] = [];
  for (let start = 0; start < entries.length; start += CARDS_PER_CHUNK)
    chunks.push(entries.slice(start, start + CARDS_PER_CHUNK));
  return { index, names: { names, topics: topicWords }, chunks };
}

/** The gazetteer: every area (at its centre), then the places volunteers listed, by their name in this language. */
export function placeLines(directory: Pick<Directory, 'areas' | 'places'>): PlaceLine[] {
  return [
    ...directory.areas.map(
      (area): PlaceLine => [area.label, area.centre.latitude, area.centre.longitude, 'area'],
    ),
    ...directory.places.map((place): PlaceLine => {
      const line: PlaceLine = [place.name, place.centre.latitude, place.centre.longitude, place.kind];
      if (place.aliases.length > 0) line.push(place.aliases);
      return line;
    }),
  ];
}
