import { type Weekday, weekdayCodes } from '../../schemas/vocabularies.ts';
import { distanceKm, type LatLng } from '../geo/distance.ts';
import { nextOccurrences } from '../schedule/occurrences.ts';
import type { FinderIndex } from './finder-data.ts';
import { decodeIndex, type FinderEntry } from './finder-entries.ts';
import { type FinderQuery, valueFacets } from './query.ts';
import type { ParsedText } from './text-query.ts';
import { matchesWords } from './text-query.ts';
import {
  firstFit,
  type Meeting,
  type TimeFacts,
  type TimeFilter,
  type TimeOfDay,
  timeFactsOf,
  timesOfDay,
  WeekAhead,
  type WhenWindow,
  whenWindows,
  windowOf,
} from './time-facts.ts';

/** One result: the entry, the meeting that made it fit (the next one, or the one a time filter asked for), its distance. */
export interface FinderResult {
  entry: FinderEntry;
  /** When the shown meeting starts and ends; undefined for a service open 24/7 or by appointment. */
  meeting: Pick<Meeting, 'start' | 'end'> | undefined;
  /** Kilometres from the chosen place, when there is one and the entry has a place. */
  km: number | undefined;
}

export interface FinderOutcome {
  results: FinderResult[];
  /** How many results each option would give, the other filters staying as they are. */
  counts: Record<string, Record<string, number>>;
  /** The sort that was applied. */
  sort: 'soonest' | 'nearest' | 'name';
}

/** What a run needs besides the query: what the words meant, and the point to measure distances from. */
export interface RunOptions {
  parsed?: ParsedText | undefined;
  origin?: LatLng | undefined;
  /** Each entry's name words, once names.json is loaded; words typed match nothing until then. */
  names?: readonly (readonly string[])[] | undefined;
}

type Predicate = (entry: FinderEntry) => boolean;

/** Where an entry keeps the values of the facets that are lists. */
const LIST_FIELDS = {
  topic: 'topics',
  language: 'languages',
  audience: 'audiences',
  category: 'categories',
} as const;
/** A filter with a name, for counting what each option would give. */
interface Test {
  facet: string;
  passes: Predicate;
}

const ATTENDS: Record<FinderEntry['attendance'], string[]> = {
  in_person: ['in_person'],
  online: ['online'],
  // A hybrid group can be joined either way, so it is found by both.
  hybrid: ['in_person', 'online'],
};

/**
 * The facets whose options are counted one value at a time (an entry counts for each value it has);
 * access needs are counted apart, since an entry must have all those chosen.
 */
const VALUE_FACETS = valueFacets.filter(
  (facet): facet is Exclude<(typeof valueFacets)[number], 'access'> => facet !== 'access',
);
type ValueFacet = (typeof VALUE_FACETS)[number];

/**
 * The finder's engine, with no DOM: decodes the index once, works out each entry's meetings for the week
 * ahead of `now` once, then answers queries — filter, count each option, sort — in a few milliseconds
 * for ten thousand entries.
 */
export class FinderEngine {
  readonly entries: FinderEntry[];
  readonly index: FinderIndex;
  #facts: TimeFacts[];
  #next: (number | undefined)[];
  #now: number;
  #ids: Record<string, Map<string, number>>;

  constructor(index: FinderIndex, now: number) {
    this.index = index;
    this.entries = decodeIndex(index);
    this.#now = now;
    const week = new WeekAhead(now, index.timezone);
    this.#facts = this.entries.map((entry) => timeFactsOf(entry, week));
    this.#next = this.entries.map((entry, i) => this.#nextStart(entry, this.#facts[i]));
    const ids = (list: readonly { 0: string }[]) =>
      new Map(list.map((item, position) => [item[0], position]));
    const v = index.vocabulary;
    this.#ids = {
      topic: ids(v.topic),
      area: ids(v.area),
      language: ids(v.language),
      audience: ids(v.audience),
      access: ids(v.access),
      category: ids(v.category),
    };
  }

  get now(): number {
    return this.#now;
  }

  /** The first meeting not yet over, looking past the coming week for monthly rules. */
  #nextStart(entry: FinderEntry, facts: TimeFacts | undefined): number | undefined {
    if (entry.always) return this.#now;
    const soonest = facts?.meetings[0];
    if (soonest) return soonest.start;
    if (entry.rules.length === 0) return undefined;
    const [later] = nextOccurrences(entry.rules, {
      from: new Date(this.#now),
      timezone: this.index.timezone,
      count: 1,
    });
    return later?.start.getTime();
  }

  /** The meetings in the week ahead of an entry (for its card: meeting now, next meeting). */
  factsOf(entry: FinderEntry): TimeFacts {
    return this.#facts[entry.index] ?? { slots: [], meetings: [], always: false };
  }

  /** The next meeting's start, if any in the coming year. */
  nextStartOf(entry: FinderEntry): number | undefined {
    return this.#next[entry.index];
  }

  #positions(facet: string, values: Iterable<string>): Set<number> {
    const ids = this.#ids[facet];
    return new Set([...values].flatMap((value) => (ids?.has(value) ? [ids.get(value) ?? -1] : [])));
  }

  /** The test an entry passes for one facet's chosen values (any of them; all of them for access needs). */
  #valueTest(facet: ValueFacet | 'access', values: readonly string[]): Predicate | undefined {
    if (values.length === 0) return undefined;
    const chosen = new Set(values);
    switch (facet) {
      case 'kind':
        return (entry) => chosen.has(entry.kind);
      case 'cost':
        return (entry) => chosen.has(entry.cost);
      case 'attendance':
        return (entry) => ATTENDS[entry.attendance].some((way) => chosen.has(way));
      case 'area': {
        const areas = this.#positions('area', values);
        return (entry) => areas.has(entry.area);
      }
      case 'access': {
        let mask = 0;
        for (const bit of this.#positions('access', values)) mask |= 1 << bit;
        // Access needs add up: someone who needs step-free access and a hearing loop needs both.
        return (entry) => (entry.access & mask) === mask;
      }
      default: {
        const wanted = this.#positions(facet, values);
        const field = LIST_FIELDS[facet];
        return (entry) => entry[field].some((value) => wanted.has(value));
      }
    }
  }

  /** The values an entry has for a facet, as the address names them. */
  #valuesOf(entry: FinderEntry, facet: ValueFacet): string[] {
    const v = this.index.vocabulary;
    const named = (list: readonly { 0: string }[], positions: readonly number[]) =>
      positions.flatMap((position) => list[position]?.[0] ?? []);
    switch (facet) {
      case 'kind':
        return [entry.kind];
      case 'cost':
        return [entry.cost];
      case 'attendance':
        return ATTENDS[entry.attendance];
      case 'area':
        return named(v.area, entry.area >= 0 ? [entry.area] : []);
      case 'topic':
        return named(v.topic, entry.topics);
      case 'language':
        return named(v.language, entry.languages);
      case 'audience':
        return named(v.audience, entry.audiences);
      case 'category':
        return named(v.category, entry.categories);
    }
  }

  #timeFilter(query: FinderQuery, parsed: ParsedText | undefined): TimeFilter {
    const typed = (facet: 'day' | 'time') => [...(parsed?.constraints.get(facet) ?? [])];
    const when = query.when ?? ([...(parsed?.constraints.get('when') ?? [])][0] as WhenWindow | undefined);
    return {
      days: [...new Set([...query.day, ...typed('day')])] as Weekday[],
      times: [...new Set([...query.time, ...typed('time')])] as TimeOfDay[],
      window: when ? windowOf(when, this.#now, this.index.timezone) : undefined,
    };
  }

  /** Every filter the query and the typed words ask for, each named by its facet. */
  #tests(query: FinderQuery, options: RunOptions): Test[] {
    const tests: Test[] = [];
    for (const facet of [...VALUE_FACETS, 'access'] as const) {
      const passes = this.#valueTest(facet, query[facet]);
      if (passes) tests.push({ facet, passes });
      // Words typed in the box that name a value filter too, on top of the boxes ticked.
      const typed = options.parsed?.constraints.get(facet);
      const typedTest = typed ? this.#valueTest(facet, [...typed]) : undefined;
      if (typedTest) tests.push({ facet: `typed:${facet}`, passes: typedTest });
    }
    const words = options.parsed?.words ?? [];
    if (words.length > 0) {
      const names = options.names;
      tests.push({
        facet: 'words',
        passes: (entry) => (names ? matchesWords(names[entry.index] ?? [], words) : false),
      });
    }
    const box = query.bbox;
    if (box) {
      const [west, south, east, north] = box;
      // Entries with no public place stay in the list: the map area cannot leave them out.
      tests.push({
        facet: 'bbox',
        passes: (entry) =>
          !entry.point ||
          (entry.point.lng >= west &&
            entry.point.lng <= east &&
            entry.point.lat >= south &&
            entry.point.lat <= north),
      });
    }
    return tests;
  }

  /** Filters, counts and sorts the whole directory for a query. */
  run(query: FinderQuery, options: RunOptions = {}): FinderOutcome {
    const tests = this.#tests(query, options);
    const time = this.#timeFilter(query, options.parsed);
    const counts: FinderOutcome['counts'] = {};
    const tally = (facet: string, value: string) => {
      const facetCounts = counts[facet] ?? {};
      facetCounts[value] = (facetCounts[value] ?? 0) + 1;
      counts[facet] = facetCounts;
    };
    const results: FinderResult[] = [];
    /** Entries that pass every filter but the time ones: what the time options are counted over. */
    const timeCandidates: FinderEntry[] = [];

    for (const entry of this.entries) {
      let failed: string | undefined;
      let failures = 0;
      for (const test of tests) {
        if (test.passes(entry)) continue;
        failures++;
        failed = test.facet;
        if (failures > 1) break;
      }
      if (failures > 1) continue;
      const fit = firstFit(this.#facts[entry.index] ?? emptyFacts, time);
      if (failures === 0) timeCandidates.push(entry);
      const passesTime = fit !== undefined;
      if (failures === 0 && passesTime) {
        results.push({ entry, meeting: this.#shownMeeting(entry, fit), km: undefined });
        for (const facet of VALUE_FACETS)
          for (const value of this.#valuesOf(entry, facet)) tally(facet, value);
        for (const [bit, [id]] of this.index.vocabulary.access.entries())
          if (entry.access & (1 << bit)) tally('access', id);
      } else if (
        failures === 1 &&
        passesTime &&
        failed &&
        (VALUE_FACETS as readonly string[]).includes(failed)
      ) {
        for (const value of this.#valuesOf(entry, failed as ValueFacet)) tally(failed, value);
      }
    }
    this.#countTimes(timeCandidates, time, tally);
    const sort = query.sort ?? (options.origin ? 'nearest' : 'soonest');
    if (options.origin) {
      const origin = options.origin;
      for (const result of results)
        if (result.entry.point) result.km = distanceKm(origin, result.entry.point);
    }
    results.sort(this.#comparator(sort === 'nearest' && !options.origin ? 'soonest' : sort));
    return { results, counts, sort };
  }

  /** The meeting a card shows: the one a time filter found, else the next one (or the one under way). */
  #shownMeeting(entry: FinderEntry, fit: Meeting | true | undefined): FinderResult['meeting'] {
    if (fit && fit !== true) return fit;
    if (entry.always) return undefined;
    const facts = this.#facts[entry.index];
    const next = facts?.meetings[0];
    if (next) return next;
    const start = this.#next[entry.index];
    return start === undefined ? undefined : { start, end: start };
  }

  /** Counts for each day, time of day and "when", each with the other time filters as they are. */
  #countTimes(
    candidates: readonly FinderEntry[],
    time: TimeFilter,
    tally: (facet: string, value: string) => void,
  ) {
    const count = (facet: string, value: string, filter: TimeFilter) => {
      for (const entry of candidates)
        if (firstFit(this.#facts[entry.index] ?? emptyFacts, filter) !== undefined) tally(facet, value);
    };
    for (const day of weekdayCodes) count('day', day, { ...time, days: [day] });
    for (const slot of timesOfDay) count('time', slot, { ...time, times: [slot] });
    for (const when of whenWindows)
      count('when', when, { ...time, window: windowOf(when, this.#now, this.index.timezone) });
  }

  #comparator(sort: FinderOutcome['sort']): (a: FinderResult, b: FinderResult) => number {
    const byIndex = (a: FinderResult, b: FinderResult) => a.entry.index - b.entry.index;
    const soonest = (a: FinderResult, b: FinderResult) =>
      (a.meeting?.start ?? this.#startOrNever(a.entry)) - (b.meeting?.start ?? this.#startOrNever(b.entry)) ||
      byIndex(a, b);
    if (sort === 'name') return byIndex;
    if (sort === 'nearest')
      return (a, b) =>
        (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY) || soonest(a, b);
    return soonest;
  }

  #startOrNever(entry: FinderEntry): number {
    return entry.always ? this.#now : Number.POSITIVE_INFINITY;
  }
}

const emptyFacts: TimeFacts = { slots: [], meetings: [], always: false };
