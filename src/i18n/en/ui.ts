/**
 * English interface text. Every sentence a component shows comes from here, so a translation is one
 * file per language with the same shape (`UiStrings`). Functions take the numbers and names they need.
 */
const plural = (n: number, one: string, other: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : other}`;

/** The numbers the open-data page gives about one export (see src/lib/open-data/catalogue.ts). */
export type ExportCounts = Partial<
  Record<
    | 'groups'
    | 'services'
    | 'organizations'
    | 'meetings'
    | 'notMeeting'
    | 'notWeekly'
    | 'rulesLeftOut'
    | 'noPublicWayIn'
    | 'topics'
    | 'leftOut'
    | 'places'
    | 'approximate',
    number
  >
>;

export const ui = {
  meta: {
    lang: 'en',
    dir: 'ltr',
  },
  layout: {
    skipLink: 'Skip to main content',
    quickExit: 'Quick exit',
    quickExitHint: 'Leave this site now (or press Esc three times)',
    quickExitAbout: 'How quick exit works',
    demoNotice: 'Demo site: every listing is fictional.',
    menu: 'Menu',
    find: 'Find a group',
    browseNav: 'Find your way',
    primaryNav: 'Main',
    footerNav: 'About this site',
    crisisHeading: 'Need to talk to someone now?',
    call: 'Call',
    text: 'Text',
    safetyNote:
      'Using a shared or watched device? Browse in a private window; this site sets no cookies and keeps no record of what you view.',
    builtWith: 'Circles is free software: anyone can run a copy for their own community.',
  },
  nav: {
    home: 'Home',
    find: 'Find',
    groups: 'Groups',
    services: 'Services',
    topics: 'Topics',
    areas: 'Areas',
    days: 'By day',
    guides: 'Guides',
    about: 'About',
    privacy: 'Privacy',
    contribute: 'Add or correct a listing',
  },
  home: {
    heading: (region: string) => `Find a peer support group in ${region}`,
    crisisLead: 'In crisis or worried about your safety? You can call or text now, any time.',
    topicsHeading: 'Find a group by topic',
    todayHeading: 'Meeting today',
    todayLoading: 'Working out which groups meet today…',
    todayNone: 'No more groups meet today. Try tomorrow, or browse by day.',
    todayNoScript: 'Choose a day to see which groups meet then:',
    browseHeading: 'Browse the directory',
    groupsLink: (n: number) => `All ${plural(n, 'group', 'groups')}`,
    servicesLink: (n: number) => `All ${plural(n, 'service', 'services')}`,
    areasHeading: 'Find a group near you',
    guidesHeading: 'Before you go',
    onlineNote: 'Many groups also meet online or by phone, so you can join from anywhere.',
  },
  lists: {
    groupsTitle: 'Peer support groups',
    groupsIntro:
      'Groups run by and for people who have been there. Most are free, and you never have to speak.',
    servicesTitle: 'Services',
    servicesIntro:
      'Testing, clinics, counselling, legal help, housing and more, from organizations in the area.',
    topicsTitle: 'Topics',
    topicsIntro: 'What groups and services are about.',
    areasTitle: 'Areas',
    areasIntro:
      'Neighborhoods and towns. Online groups are listed on each topic page and under "All groups".',
    daysTitle: 'Groups by day',
    daysIntro: 'Groups that meet on each day of the week, earliest first.',
    dayTitle: (day: string) => `Groups that meet on ${day}`,
    topicTitle: (label: string) => label,
    areaTitle: (label: string) => `Groups and services in ${label}`,
    groupsCount: (n: number) => plural(n, 'group', 'groups'),
    servicesCount: (n: number) => plural(n, 'service', 'services'),
    entriesCount: (groups: number, services: number) =>
      `${plural(groups, 'group', 'groups')} and ${plural(services, 'service', 'services')}`,
    groupsHeading: 'Groups',
    servicesHeading: 'Services',
    empty: 'Nothing is listed here yet.',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    wholeList: 'Search, filter or map the whole list',
    pagination: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    closedAtEnd:
      'Closed groups and services are listed last, so people looking for them learn they have closed.',
  },
  entry: {
    group: 'Group',
    service: 'Service',
    when: 'When',
    hours: 'Opening hours',
    where: 'Where',
    joinOnline: 'Joining online or by phone',
    toArrange: 'To ask or arrange a visit',
    contact: 'Contact',
    cost: 'Cost',
    access: 'Access',
    newcomers: 'What to expect at your first visit',
    about: 'About this group',
    aboutService: 'About this service',
    details: 'At a glance',
    topics: 'Topics',
    languages: 'Languages',
    audiences: 'Who it is for',
    openTo: 'Who can come',
    ledBy: 'Led by',
    attendance: 'How it meets',
    hostedBy: 'Hosted by',
    runBy: 'Run by',
    categories: 'Kind of service',
    eligibility: 'Who can use it',
    ages: 'Ages',
    ageRange: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `${min} to ${max}`
        : min !== undefined
          ? `${min} and over`
          : `Up to ${max}`,
    phones: 'Phone',
    website: 'Website',
    email: 'Email',
    form: 'Contact form',
    contactRole: (role: string) => `You will reach ${role}.`,
    venue: 'Venue',
    directions: 'Finding it',
    approximate: (area: string) =>
      `In the ${area} area. The exact address is not published; the map marker, if any, shows only the area.`,
    onRequest: 'The location is given on request: contact the group and they will tell you where it meets.',
    onRequestArea: (area: string) =>
      `Meets in the ${area} area. The exact location is given on request: contact the group to ask.`,
    onlineOnly: 'This group meets online or by phone only.',
    basedIn: (area: string) => `Based in the ${area} area.`,
    joinLink: 'Join link',
    dialIn: 'Join by phone',
    linkOnRequest: 'The link is sent on request: use the contact details to ask for it.',
    nextMeeting: 'Next meeting',
    nextOpening: 'Next open',
    meetingNow: 'Meeting now',
    today: 'today',
    tomorrow: 'tomorrow',
    scheduleNoScript: 'Times are local to the area.',
    timesIn: (zone: string) => `Times are in ${zone}.`,
    alwaysOpen: 'Open 24 hours a day, 7 days a week.',
    byAppointment: 'By appointment: call or email to arrange a time.',
    lastVerified: 'Last checked with the organizers',
    staleWarning: (months: number) =>
      `These details were last checked over ${months} months ago and may be out of date. Please confirm with the group before you go.`,
    paused: 'Paused',
    closed: 'Closed',
    closedNotice: 'This group or service has closed. It stays listed so that people looking for it learn so.',
    accessNone: 'No access information has been given. Contact them to ask.',
    noContact: 'No contact details are published.',
    backToList: 'Back to the list',
    mapLink: 'Open in a map app',
  },
  contribute: {
    heading: 'Is something wrong or out of date?',
    intro: 'Volunteers keep this directory current. Tell us what has changed, or change it yourself.',
    suggestChange: 'Suggest a change',
    reportClosed: 'Report that it has closed',
    editOnGitHub: 'Edit on GitHub',
    howTo: 'How to add or correct a listing',
    addHeading: 'Know a group or service that is missing?',
    addGroup: 'Add a group',
    addService: 'Add a service',
    addGroupFile: 'Add a group as a file (GitHub users)',
    addServiceFile: 'Add a service as a file (GitHub users)',
    githubNote:
      'These links open forms on GitHub, where a free account is needed. What you write there is public.',
    newEntryName: { group: 'Name of the group', service: 'Name of the service' },
    staleCard: (months: number) =>
      `Not checked with the organisers for over ${months} months: may be out of date`,
  },
  status: {
    active: 'Active',
    paused: 'Paused',
    closed: 'Closed',
  },
  print: {
    indexTitle: 'Printable lists',
    indexIntro:
      'Lists made for paper, to hand to people at clinics, shelters, courts and jails. Each fits A4 and US Letter, has a QR code back to the site, and shows the crisis lines.',
    indexLink: 'Printable lists',
    everythingHeading: 'Everything',
    byAreaHeading: 'By area',
    byTopicHeading: 'By topic',
    allTitle: 'Peer support groups and services',
    groupsTitle: 'Peer support groups',
    servicesTitle: 'Services',
    areaTitle: (label: string) => `Groups and services in ${label}`,
    areaGroupsTitle: (label: string) => `Peer support groups in ${label}`,
    areaServicesTitle: (label: string) => `Services in ${label}`,
    topicTitle: (label: string) => `${label}: groups and services`,
    myListTitle: 'My list',
    listCount: (groups: number, services: number) =>
      [
        groups > 0 && plural(groups, 'group', 'groups'),
        services > 0 && plural(services, 'service', 'services'),
      ]
        .filter(Boolean)
        .join(' and '),
    generated: (date: string, site: string) => `Printed from ${site} · details as of ${date}`,
    scanForList: 'Scan for the latest version of this list',
    listQrLabel: (url: string) => `QR code that opens ${url}`,
    crisisHeading: 'Need to talk to someone now?',
    toolbar: 'Print options',
    printButton: 'Print this list',
    layoutLegend: 'Layout',
    layouts: {
      standard: 'Standard',
      columns: 'Compact: two columns',
      pocket: 'Pocket: the key facts, many to a sheet',
    },
    backToIndex: 'All printable lists',
    groupsHeading: 'Groups, by day',
    servicesHeading: 'Services, by main kind',
    sameGroupOtherDays: 'Groups that meet on more than one day are listed under each day.',
    when: 'When',
    hours: 'Hours',
    where: 'Where',
    cost: 'Cost',
    languages: 'Languages',
    access: 'Access',
    contact: 'Contact',
    join: 'Join',
    areaOnly: (area: string) => `${area} area (exact address not published)`,
    onRequest: 'Call or email for the location',
    onRequestArea: (area: string) => `${area} area; call or email for the location`,
    online: 'Online or by phone',
    joinByPhone: (phone: string) => `by phone: ${phone}`,
    joinLinkOnly: 'online: scan the QR code for the link',
    linkOnRequest: 'ask the contact for the link',
    legendHeading: 'How to read this list',
    legendQr:
      'Scan a QR code with a phone camera to open that entry on the site, with maps and the latest times.',
    legendTimes: (zone: string) => `All times are local (${zone}).`,
    legendPrivate:
      '"Call or email for the location": the group keeps its address private to protect the people who come; the contact will tell you where.',
    legendArea: '"Area": only the neighborhood is published.',
    legendPaused: '"Paused": not meeting for now; check the site before you go.',
    paused: 'Paused',
    empty: 'Nothing is listed here yet.',
    partOf: (part: number, parts: number, first: number, last: number, total: number) =>
      `Part ${part} of ${parts}: entries ${first}–${last} of ${total}. The list is in parts so that each fits a handout.`,
    partsLabel: 'Parts of this list',
    partLink: (part: number) => `Part ${part}`,
    tooLarge: (total: number, cap: number) =>
      `This list would hold ${plural(total, 'entry', 'entries')}: too many for one handout, which holds at most ${cap}. Print the handout for an area or a topic instead.`,
    splitHeading: 'Handouts by area and topic',
    splitRest: 'Below: the entries that are on no area or topic handout.',
    notePrinted: 'Note',
    addToList: 'Add to my list',
    removeFromList: 'Remove from my list',
    added: (name: string) => `${name} is on your list.`,
    removed: (name: string) => `${name} was removed from your list.`,
  },
  myList: {
    countLink: (n: string) => `My list (${n})`,
    viewList: (n: string) => `See my list (${n})`,
    shareHeading: 'Share this list',
    shareIntro:
      'This link opens the same list on any phone or computer: text it to someone, or let them scan the code. The note is not in it.',
    shareLabel: 'Link to this list',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    shared: 'This list was shared with you. It is not kept on this device unless you choose to.',
    keep: 'Keep this list on this device',
    kept: 'The list is kept on this device.',
    listQr: 'Scan to open this list on a phone',
    intro:
      'Pick groups and services with "Add to my list" on any list or entry page, put them in order, add a note for the person you are helping, and print. The list is kept only in this browser and never sent anywhere.',
    noScript:
      'Your own list needs JavaScript, which is off. The printable lists by area and topic work without it:',
    empty: 'Your list is empty. Use "Add to my list" on any list or entry page.',
    loading: 'Loading your list…',
    failed: 'Your list could not be loaded. Check your connection and reload the page.',
    editHeading: 'Put your list in order',
    noteLabel: 'A note for the person you are helping (printed at the top)',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    moved: (name: string, position: string, total: string) => `${name} is now ${position} of ${total}.`,
    removed: (name: string) => `${name} was removed.`,
    clear: 'Empty my list',
    cleared: 'Your list is empty.',
    count: (n: number) => plural(n, 'entry', 'entries'),
    previewHeading: 'What will print',
  },
  cost: {
    free: 'Free',
    donation: 'Free; donations welcome',
    fee: 'Fee',
  },
  attendance: {
    in_person: 'In person',
    online: 'Online',
    hybrid: 'In person and online',
  },
  ledBy: {
    peer: 'Peers with lived experience',
    professional: 'A professional',
    'co-facilitated': 'A peer and a professional together',
  },
  openTo: {
    anyone: 'Anyone is welcome',
    'audience-only': 'Only the people it is for',
  },
  audiences: {
    anyone: 'Everyone affected',
    women: 'Women',
    men: 'Men',
    lgbtq: 'LGBTQ+ people',
    trans: 'Trans and non-binary people',
    youth: 'Young people',
    seniors: 'Older adults',
    'family-and-friends': 'Family and friends',
    parents: 'Parents and carers',
    veterans: 'Veterans',
    'people-of-colour': 'People of color',
    'deaf-and-hard-of-hearing': 'Deaf and hard-of-hearing people',
    'justice-involved': 'People affected by incarceration',
    newcomers: 'Migrants and refugees',
  },
  accessibility: {
    'step-free': 'Step-free access',
    'accessible-toilet': 'Accessible toilet',
    'hearing-loop': 'Hearing loop',
    asl: 'ASL interpretation',
    captions: 'Live captions',
    'large-print': 'Large print',
    'quiet-space': 'Quiet space',
    'fragrance-free': 'Fragrance-free',
    childcare: 'Childcare',
    'service-animals': 'Service animals welcome',
    'accessible-parking': 'Accessible parking',
    'near-transit': 'Near public transport',
  },
  categories: {
    testing: 'Testing',
    clinic: 'Clinic',
    'mental-health-care': 'Mental health care',
    'harm-reduction': 'Harm reduction',
    'addiction-treatment': 'Addiction treatment',
    legal: 'Legal help',
    housing: 'Housing',
    benefits: 'Benefits and insurance',
    food: 'Food',
    'crisis-line': 'Crisis line',
    employment: 'Employment',
    'case-management': 'Case management',
    'reentry-support': 'Reentry support',
    'family-support': 'Family support',
  },
  phoneTypes: {
    voice: 'Call',
    text: 'Text',
    tty: 'TTY',
    fax: 'Fax',
  },
  map: {
    nav: 'Map',
    title: 'Map',
    intro: 'Every group and service with a place you can go to. Zoom in on a number to see what is there.',
    skipMap: 'Skip past the map to the list',
    filtersHeading: 'Filter the map',
    topic: 'Topic',
    kind: 'Groups or services',
    day: 'Meets or opens on',
    language: 'Language',
    attendance: 'How it meets',
    any: 'Any',
    groups: 'Groups',
    services: 'Services',
    inPerson: 'In person',
    hybrid: 'In person and online',
    apply: 'Apply filters',
    clear: 'Clear filters',
    mapLabel: 'Map of groups and services',
    listHeading: 'On the map',
    noScript:
      'The map and this list need JavaScript. Every entry is also in the lists of groups and services, by topic and by area.',
    onMap: (n: number) => `${plural(n, 'place is', 'places are')} on the map.`,
    elsewhere: (online: number, onRequest: number) =>
      `Not on the map: ${[
        online > 0 ? `${plural(online, 'entry meets', 'entries meet')} online or by phone only` : '',
        onRequest > 0
          ? `${plural(onRequest, 'entry gives its', 'entries give their')} location on request`
          : '',
      ]
        .filter(Boolean)
        .join(', and ')}. They are in the lists:`,
    miniMapHeading: 'On a map',
    showMap: 'Show on a map',
    miniMapNote: 'Showing the map loads map pictures from the map provider.',
    directions: 'Directions (OpenStreetMap)',
    areaSearch: (area: string) => `Find the ${area} area on OpenStreetMap`,
    /** Leaflet's own controls and credit, which it would otherwise name in English on every page. */
    controls: {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      closePopup: 'Close popup',
      library: 'A JavaScript library for interactive maps',
    },
    /** Templates the map script fills in the browser: {n} a number, {name} a name, {area} an area. */
    client: {
      groupOne: '{n} group',
      groupOther: '{n} groups',
      serviceOne: '{n} service',
      serviceOther: '{n} services',
      and: ' and ',
      mixed: '{n} places: {kinds}',
      clusterHint: 'Zoom in to see them',
      clusterListHeading: 'At this place',
      approximateName: '{name} (approximate: {area} area)',
      approximateNote: 'Approximate: shown at the centre of {area}. The exact place is not published.',
      group: 'Group',
      service: 'Service',
      paused: 'Paused',
      count: 'Showing {shown} of {total}.',
      none: 'Nothing on the map matches these filters.',
      showMore: 'Show more',
      distance: '{distance} away',
      aboutDistance: 'about {distance} away',
      origin: 'Sorted by distance from {origin}.',
      tilesFailed: 'The map background could not be loaded. The markers and the list below still work.',
      mapFailed: 'The map could not be loaded. Every place is in the list below.',
      loading: 'Loading the map…',
      here: 'The point distances are measured from',
    },
  },
  nearMe: {
    heading: 'Near you',
    pageOnly:
      'This sorts the entries on this page of the list. To see what is nearest in the whole directory, use',
    pageOnlyLink: 'the map',
    locate: 'Use my location',
    privacy:
      'Your location stays on this device: distances are worked out in your browser and nothing is sent anywhere.',
    chooseArea: 'Or choose an area',
    chooseAreaPlaceholder: 'Choose an area…',
    sort: 'Sort by distance',
    reset: 'Show the original order',
    /** Templates the near-me script fills in the browser. */
    client: {
      locating: 'Finding your location…',
      yourLocation: 'your location',
      denied:
        'Your browser did not share your location, so nothing was sorted. You can choose an area instead, or allow location for this site in your browser settings.',
      unavailable:
        'Your device could not find its location just now. You can choose an area instead, or try again.',
      unsupported: 'This browser cannot share a location. You can choose an area instead.',
      sorted: 'Sorted by distance from {origin}.',
      nearest: 'Nearest to {origin}:',
      leftOut:
        '{n} without a place you can go to (online-only, or location given on request) left out of this order.',
      leftOutNone: '',
      entryOne: '{n} entry',
      entryOther: '{n} entries',
      distance: '{distance} away',
      aboutDistance: 'about {distance} away (area centre)',
      onlineLeftOut: 'Online-only groups are left out: you can join them from anywhere.',
      failed: 'The list of places could not be loaded. Try again, or browse by area.',
    },
  },
  guides: {
    title: 'Guides',
    intro: 'Practical guides for going to a group, starting one, and finding your way through services.',
    reviewed: 'Last reviewed',
  },
  search: {
    title: 'Search',
    description: 'Search every group and service by name, topic, area, day, language and more.',
    label: 'Search groups and services',
    headerLabel: 'Search the directory',
    placeholder: 'For example: grief online',
    submit: 'Search',
    filtersHeading: 'Narrow the results',
    facets: {
      kind: 'Groups or services',
      topic: 'Topic',
      area: 'Area',
      day: 'Day',
      attendance: 'How it meets',
      language: 'Language',
      audience: 'Who it is for',
      cost: 'Cost',
      access: 'Access',
    },
    kinds: { group: 'Groups', service: 'Services', guide: 'Guides' },
    clearFilters: 'Clear all filters',
    loading: 'Searching…',
    prompt: 'Type what you are looking for, or choose a filter to list everything that matches it.',
    count: (n: number) => (n === 0 ? 'No results' : `${plural(n, 'result', 'results')}`),
    showMore: 'Show more results',
    noResults: 'Nothing matches this search.',
    noResultsFilters: 'Try removing a filter, or use fewer or different words.',
    noResultsWords: 'Try fewer or different words, or a topic instead of a condition’s full name.',
    browseInstead: 'Or browse the directory by topic:',
    failed: 'Search could not load. Browse by topic, area or day instead.',
    noScript:
      'Searching as you type needs JavaScript, which is turned off or blocked in this browser. Everything in the directory can also be found by browsing:',
    soonHeading: 'Meeting soon',
    soonNone: (hours: number) =>
      `No groups meet in the next ${plural(hours, 'hour', 'hours')}. Browse by day instead.`,
    results: 'Results',
  },
  language: {
    /** The language switcher's label for screen readers. */
    switcher: 'Language',
    /** Before a text shown in another language because no translation was written. */
    notTranslated: (shownIn: string) => `Not yet translated into English: shown in ${shownIn}.`,
    /** A list item written in another language: "(in Spanish)". */
    inLanguage: (language: string) => `(in ${language})`,
    /** Opens the description in another language it was written in: "Read this in Arabic". */
    readIn: (language: string) => `Read this in ${language}`,
  },
  contentWarning: {
    /** Before an author's notice about what the text discusses. */
    label: 'Content note',
  },
  privacy: {
    factsHeading: 'What this copy of the site does',
    factsIntro:
      'The site writes this list itself, from the settings it runs with, so it always matches what the site really does.',
    cookies:
      'No cookies, no accounts, and no analytics, counters, tracking pixels, advertising or "share" buttons.',
    ownFiles:
      'Every page, font, script and style comes from this site. None comes from a font service or code library run by someone else.',
    otherHosts: (hosts: string, button: string) =>
      `The only other server your browser may contact is ${hosts}, for map pictures (tiles): on the map page, and on a group or service page after you press "${button}".`,
    noOtherHosts: 'Your browser contacts no other server: there are no maps from elsewhere.',
    search:
      'Search runs inside your browser, with an index downloaded from this site. The words you type are never sent.',
    location: (button: string) =>
      `Your location is asked for only when you press "${button}". It is used inside your browser and never sent anywhere.`,
    storage: (keys: string) =>
      `"My list" and its note, if you make one, are kept only in this browser (under ${keys}) and never sent.`,
    referrer: (policy: string) =>
      `When you follow a link to another site, your browser tells it this site's address, never the page you were on (referrer policy: ${policy}).`,
    quickExit: (host: string) =>
      `Quick exit goes to ${host} and replaces this page in your browser's history.`,
    policyHeading: 'The security policy on every page',
    policyIntro: 'Browsers refuse to load or send anything this policy does not allow:',
  },
  findPage: {
    title: 'Find a group or service',
    intro:
      'Everything in the directory, filtered the way you choose: what is on tonight, near a place, in your language.',
    noScript:
      'Finding and filtering need JavaScript, which is off or blocked in this browser. Every group and service is also in these lists:',
    cardsTitle: 'Cards for the finder',
  },
  card: {
    areaOnly: (area: string) => `${area} area (exact place not published)`,
    onRequest: 'Location given on request',
    onRequestArea: (area: string) => `${area} · location given on request`,
    remoteService: 'By phone or online',
    languages: 'Languages',
    topics: 'Topics',
  },
  openData: {
    nav: 'Open data',
    title: 'Open data',
    summary:
      'Everything in this directory, in standard formats that other sites, apps and calendars can read.',
    intro:
      'The files below are written every time the site is built, from the same public information as its pages: a place that is not public on a page is not in any file.',
    licence: (name: string) => `The data is published under the ${name} licence.`,
    licenceLink: 'Read the licence',
    format: 'Format',
    address: 'Address',
    alsoAt: 'Also',
    includes: 'What it holds',
    leavesOut: 'What it leaves out',
    cannot: 'What the format cannot say',
    reuse: 'Other sites may fetch the feeds directly: they are served to any origin.',
    exports: {
      hsds: {
        name: 'HSDS 3.0 (JSON)',
        format: 'Open Referral Human Services Data Specification 3.0, as JSON files shaped like its API',
        includes: (c: ExportCounts) =>
          `Every entry as a service: ${plural(c.groups ?? 0, 'group', 'groups')} (marked by the taxonomy term “group”) and ${plural(c.services ?? 0, 'service', 'services')}, from ${plural(c.organizations ?? 0, 'organization', 'organizations')}. Each has a permanent id.`,
        leavesOut: () =>
          'Nothing. Places known only by their area have no coordinates and no street address.',
        cannot:
          'An approximate place, and a time zone by name (HSDS has only a fixed UTC offset, wrong for half of a year with daylight saving): times are local, and the zone is named in the schedule’s description and in circles_timezone.',
      },
      tabular: {
        name: 'HSDS 3.0 (CSV)',
        format:
          'One CSV per HSDS object, with the specification’s Tabular Data Package descriptor, also as one zip',
        includes: (c: ExportCounts) =>
          `The same ${plural((c.groups ?? 0) + (c.services ?? 0), 'entry', 'entries')} as the JSON, with columns in the specification’s order.`,
        leavesOut: () => 'Nothing beyond what the JSON leaves out.',
        cannot: 'Our own fields (circles_…), which have no column.',
      },
      meetingGuide: {
        name: 'Meeting Guide feed',
        format: 'The Meeting Guide JSON feed, read by the Meeting Guide app and TSML UI',
        includes: (c: ExportCounts) =>
          `${plural(c.meetings ?? 0, 'weekly meeting', 'weekly meetings')} of ${plural(c.groups ?? 0, 'group', 'groups')}, one per weekday.`,
        leavesOut: (c: ExportCounts) =>
          `${plural(c.notWeekly ?? 0, 'group that meets', 'groups that meet')} only every other week or monthly, ${plural(c.rulesLeftOut ?? 0, 'other fortnightly or monthly meeting', 'other fortnightly or monthly meetings')}, ${plural(c.notMeeting ?? 0, 'paused or closed group', 'paused or closed groups')}, ${plural(c.noPublicWayIn ?? 0, 'group that meets', 'groups that meet')} only at a place given on request (meeting finders would show ${(c.noPublicWayIn ?? 0) === 1 ? 'it' : 'them'} as inactive), and the ${plural(c.services ?? 0, 'service', 'services')}.`,
        cannot:
          'Meetings that are not weekly (the feed has no way to say “every other week” or “last Friday”), and services. Places known only by their area are approximate and have no coordinates.',
      },
      calendars: {
        name: 'Calendars (iCalendar)',
        format: 'An .ics file for each group (on its page, “Add to calendar”) and one for each topic',
        includes: (c: ExportCounts) =>
          `${plural(c.groups ?? 0, 'group calendar', 'group calendars')} and ${plural(c.topics ?? 0, 'topic calendar', 'topic calendars')}, with weekly, fortnightly and monthly meetings in local time.`,
        leavesOut: (c: ExportCounts) =>
          `${plural(c.leftOut ?? 0, 'paused or closed group', 'paused or closed groups')}, and services’ opening hours.`,
        cannot: 'An approximate place: a calendar shows only the area’s name for it, never a point.',
      },
      geojson: {
        name: 'Places (GeoJSON)',
        format: 'GeoJSON (RFC 7946), for maps',
        includes: (c: ExportCounts) =>
          `${plural(c.places ?? 0, 'place', 'places')}, of which ${plural(c.approximate ?? 0, 'is', 'are')} approximate: shown at the centre of the area, marked "approximate": true.`,
        leavesOut: (c: ExportCounts) =>
          `${plural(c.leftOut ?? 0, 'entry', 'entries')} whose place is given on request or that meet only online.`,
        cannot: 'Opening hours and meeting times: follow each place’s url.',
      },
      jsonLd: {
        name: 'schema.org (JSON-LD)',
        format: 'JSON-LD in each group’s and service’s page, for search engines',
        includes: (c: ExportCounts) =>
          `${plural(c.groups ?? 0, 'group', 'groups')} as event series and ${plural(c.services ?? 0, 'service', 'services')} as services.`,
        leavesOut: () => 'Street addresses and points of places that are not public.',
        cannot:
          'A meeting on the last weekday of the month (schema.org counts weeks only from the start of a month).',
      },
      sitemap: {
        name: 'Sitemap',
        format: 'XML sitemap, for search engines',
        includes: () => 'Every page in every language.',
        leavesOut: () => 'Nothing.',
        cannot: 'Anything but addresses of pages.',
      },
    },
    /** Texts written into the exports (HSDS, calendars, feeds) where a place cannot be published. */
    place: {
      areaOnly: (area: string) => `Meets in ${area}; the exact place is shared on request.`,
      onRequest: 'The place is given on request: contact the group.',
      onRequestIn: (area: string) => `In ${area}; the place is given on request: contact the group.`,
      online: 'Online',
      alsoOnline: 'also online',
    },
    calendar: {
      heading: 'Add to calendar',
      download: 'Download the calendar file (.ics)',
      subscribe: 'Subscribe, so changes reach your calendar',
      topicName: (topic: string, site: string) => `${topic} · ${site}`,
      join: (url: string) => `Join online: ${url}`,
      joinByPhone: (phone: string) => `Join by phone: ${phone}`,
      linkOnRequest: 'The link to join is sent on request.',
      details: (url: string) => `Details and changes: ${url}`,
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist. The group or service may have moved or been renamed.',
    search: 'Try the full list of groups or services, or browse by topic.',
  },
};

export type UiStrings = typeof ui;
