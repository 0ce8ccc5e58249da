/**
 * English text for the finder, which runs in the browser: bundled with its script (one small module per
 * language), so everything here must be plain strings or small functions. `FinderStrings` types the other
 * languages' files.
 */
const plural = (n: number, one: string, other: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : other}`;

const joinOr = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** What the summary sentence is made from: the filters chosen, already in words. */
export interface SummaryParts {
  count: number;
  /** Groups only, services only, or both. */
  kind: 'group' | 'service' | 'both';
  topics: string[];
  attendance: 'in_person' | 'online' | undefined;
  when: 'now' | 'soon' | 'tonight' | 'week' | undefined;
  days: string[];
  times: string[];
  near: string | undefined;
  /** Every other filter, as its label: "Spanish", "Free", "Step-free access". */
  others: string[];
}

export const finder = {
  searchLabel: 'Search groups and services',
  searchHint: 'A topic, a name, a language or a day, such as “grief”, “Spanish” or “Monday evening”.',
  submit: 'Search',
  quickHeading: 'When',
  quick: { now: 'Meeting now', soon: 'Next 2 hours', tonight: 'Tonight', week: 'This week' },
  nearMe: 'Near me',
  filters: 'Filters',
  filtersCount: (n: number) => `Filters (${n})`,
  closeFilters: 'Done',
  clearAll: 'Clear all',
  showResults: (n: number) => `Show ${plural(n, 'result', 'results')}`,
  sortLabel: 'Sort by',
  sorts: { soonest: 'Meeting now, then soonest', nearest: 'Nearest first', name: 'Name (A–Z)' },
  viewLabel: 'Show as',
  views: { list: 'List', map: 'Map' },
  facets: {
    kind: 'Groups or services',
    category: 'Kind of service',
    topic: 'Topic',
    when: 'When',
    day: 'Day',
    time: 'Time of day',
    attendance: 'How it meets',
    language: 'Language',
    audience: 'Who it is for',
    cost: 'Cost',
    access: 'Access needs',
    area: 'Area',
  },
  kinds: { group: 'Groups', service: 'Services' },
  attendance: { in_person: 'In person', online: 'Online or by phone' },
  attendanceNote: 'Groups that meet both ways are found by either.',
  when: { now: 'Meeting now', soon: 'In the next 2 hours', tonight: 'Tonight', week: 'This week' },
  times: {
    morning: 'Morning (5 am–noon)',
    afternoon: 'Afternoon (noon–5 pm)',
    evening: 'Evening (5–9 pm)',
    night: 'Night (9 pm–5 am)',
  },
  anyTime: 'Any time',
  near: {
    heading: 'Near a place',
    label: 'A neighborhood, ZIP code or landmark',
    hint: 'Matched on this device: what you type is never sent anywhere.',
    go: 'Sort by distance',
    useLocation: 'Use my location',
    clear: 'Forget this place',
    yourLocation: 'your location',
    locating: 'Finding your location…',
    denied: 'Your browser did not share your location. You can type a place instead.',
    unavailable: 'Your device could not find its location just now. You can type a place instead.',
    unsupported: 'This browser cannot share a location. You can type a place instead.',
    notFound: (typed: string) =>
      `No place called “${typed}” is known here. Try a neighborhood, a ZIP code or a landmark.`,
    suggestions: 'Did you mean:',
    sortedFrom: (place: string) => `Sorted by distance from ${place}.`,
  },
  results: {
    heading: 'Results',
    loading: 'Loading the directory…',
    failed: 'The directory could not be loaded. Check your connection and reload, or browse the lists.',
    none: 'Nothing matches all of these.',
    noneHelp: 'Try removing a filter, or fewer words.',
    searchAll: (words: string) => `Search all the text for “${words}”, guides included`,
    showMore: 'Show more',
    showing: (shown: number, total: number) =>
      `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}.`,
    unplaced: (n: number) =>
      `${plural(n, 'entry has', 'entries have')} no place on the map (online, or the location is given on request): listed after the others.`,
    understood: (phrases: string) => `Understood: ${phrases}.`,
  },
  card: {
    now: (until: string) => `Meeting now, until ${until}`,
    next: (when: string) => `Next: ${when}`,
    openNow: (until: string) => `Open now, until ${until}`,
    opensAt: (when: string) => `Opens ${when}`,
    open24: 'Open 24 hours',
    byAppointment: 'By appointment',
    today: 'today',
    tomorrow: 'tomorrow',
    at: (day: string, time: string) => `${day} at ${time}`,
    distance: (distance: string) => `${distance} away`,
    aboutDistance: (distance: string) => `about ${distance} away (area centre)`,
    zone: (zone: string) => `Times are ${zone}.`,
  },
  map: {
    searchArea: 'Search this area',
    showEverywhere: 'Search everywhere again',
    notOnMap: (n: number) =>
      `${plural(n, 'result is', 'results are')} not on the map (online, or the location is given on request): see the list.`,
    loading: 'Loading the map…',
    failed: 'The map could not be loaded. Every result is in the list.',
  },
  home: {
    comingUp: 'Coming up',
    seeAll: (n: number) => `See all ${plural(n, 'result', 'results')}`,
  },
  summary: (parts: SummaryParts): string => {
    const kind = { group: 'groups', service: 'services', both: 'groups and services' }[parts.kind];
    const attendance =
      parts.attendance === 'online' ? 'online ' : parts.attendance === 'in_person' ? 'in-person ' : '';
    const topics = parts.topics.length > 0 ? `${joinOr(parts.topics)}: ` : '';
    const when = parts.when
      ? ` ${{ now: 'meeting now', soon: 'starting in the next 2 hours', tonight: 'tonight', week: 'this week' }[parts.when]}`
      : '';
    const days = parts.days.length > 0 ? ` on ${joinOr(parts.days)}` : '';
    const times =
      parts.times.length > 0 ? ` in the ${joinOr(parts.times.map((time) => time.toLowerCase()))}` : '';
    const near = parts.near ? ` near ${parts.near}` : '';
    const others = parts.others.length > 0 ? ` (${parts.others.join(', ')})` : '';
    const text = `${topics}${attendance}${kind}${when}${days}${times}${near}${others}`;
    return `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}: ${parts.count.toLocaleString('en')}`;
  },
  /** Words the search box understands, besides the directory's own topics, areas and languages. */
  words: {
    kind: { group: ['group', 'groups', 'meeting', 'meetings', 'circle'], service: ['service', 'services'] },
    when: {
      now: ['now', 'right now'],
      soon: ['soon'],
      tonight: ['tonight', 'this evening'],
      week: ['this week', 'week'],
    },
    time: {
      morning: ['morning', 'mornings'],
      afternoon: ['afternoon', 'afternoons', 'lunchtime'],
      evening: ['evening', 'evenings'],
      night: ['night', 'nights', 'late'],
    },
    attendance: {
      in_person: ['in person', 'face to face'],
      online: ['online', 'zoom', 'virtual', 'by phone', 'phone'],
    },
    cost: { free: ['free', 'no cost'], donation: ['free', 'donation'], fee: ['paid', 'fee'] },
    audience: {
      anyone: [],
      women: ['women', 'woman', 'female'],
      men: ['men', 'man', 'male'],
      lgbtq: ['lgbtq', 'lgbt', 'lgbtq+', 'queer', 'gay', 'lesbian', 'bisexual'],
      trans: ['trans', 'transgender', 'non binary', 'nonbinary'],
      youth: ['youth', 'young people', 'young adults', 'teens', 'teen', 'students'],
      seniors: ['seniors', 'older adults', 'elders'],
      'family-and-friends': ['family', 'families', 'friends', 'loved ones', 'partners'],
      parents: ['parents', 'parent', 'carers', 'caregivers'],
      veterans: ['veterans', 'veteran', 'military'],
      'people-of-colour': ['people of color', 'poc', 'bipoc', 'black'],
      'deaf-and-hard-of-hearing': ['deaf', 'hard of hearing'],
      'justice-involved': ['reentry', 'incarceration', 'prison', 'jail', 'formerly incarcerated'],
      newcomers: ['migrants', 'refugees', 'immigrants', 'newcomers'],
    },
    access: {
      'step-free': ['step free', 'wheelchair', 'accessible'],
      'accessible-toilet': ['accessible toilet', 'accessible bathroom', 'accessible restroom'],
      'hearing-loop': ['hearing loop', 'loop'],
      asl: ['asl', 'sign language', 'interpreter'],
      captions: ['captions', 'captioned'],
      'large-print': ['large print'],
      'quiet-space': ['quiet space', 'quiet room'],
      'fragrance-free': ['fragrance free', 'scent free'],
      childcare: ['childcare', 'child care', 'kids'],
      'service-animals': ['service animals', 'service dog'],
      'accessible-parking': ['parking', 'accessible parking'],
      'near-transit': ['transit', 'near transit', 'bus', 'train'],
    },
    /** Words that carry no meaning for the finder: dropped. */
    ignored: [
      'a',
      'an',
      'the',
      'and',
      'or',
      'for',
      'in',
      'on',
      'at',
      'of',
      'with',
      'to',
      'near',
      'me',
      'my',
      'support',
      'peer',
      'help',
      'find',
      'looking',
    ],
  },
};

export type FinderStrings = typeof finder;
