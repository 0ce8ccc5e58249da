/**
 * Hostile and malformed content, each case a change to a copy of the basic fixture and the outcome a
 * volunteer should see: rejected with the file, the field and a fix, or accepted and then built with
 * every entry in the output. The validator test runs every case; the build test builds the accepted ones.
 */

/** What a case writes: text, raw bytes, a symbolic link to a target, or a change to the file as it was. */
export type CaseFile = string | Uint8Array | { link: string } | ((before: string) => string);

export interface Rejected {
  file: string;
  field: string;
  message: RegExp;
}

export interface HostileCase {
  name: string;
  files: Record<string, CaseFile>;
  remove?: string[];
  /** The problem the validator must report (among others it may report), or the pages that must exist. */
  expect: Rejected | { pages: string[] };
}

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
  return bytes;
};
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
const withNul = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes.subarray(0, 20));
  out[20] = 0;
  out.set(bytes.subarray(20), 21);
  return out;
};

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
let made = 0;

/** A valid group at a public venue; `lines` replace or add top-level fields. Each call gets its own slot. */
export function group(name: string, lines: Record<string, string> = {}): string {
  made++;
  const fields: Record<string, string> = {
    name: `name: ${name}`,
    summary: 'summary: A weekly circle that the hostile-input tests write.',
    description: `description: Circle number ${made} of the corpus, for people who want to talk.`,
    topics: 'topics: [grief]',
    languages: 'languages: [en]',
    led_by: 'led_by: peer',
    attendance: 'attendance: in_person',
    meetings: `meetings:\n  - byday: ${DAYS[made % 7]}\n    opens_at: "${String(6 + (made % 14)).padStart(2, '0')}:15"\n    closes_at: "${String(7 + (made % 14)).padStart(2, '0')}:00"`,
    location: `location:\n  kind: address\n  venue: Corpus Hall ${made}\n  address_1: ${100 + made} Test Street\n  city: Lakeside\n  state_province: IL\n  postal_code: "60640"\n  area: riverside\n  latitude: 41.92${String(made).padStart(2, '0')}\n  longitude: -87.70${String(made).padStart(2, '0')}`,
    contact: 'contact:\n  role: the facilitators\n  email: corpus@riverside-peers.example.org',
    cost: 'cost: free',
    last_verified: 'last_verified: 2026-10-02',
    ...lines,
  };
  return `${Object.values(fields)
    .filter((line) => line !== '')
    .join('\n')}\n`;
}

const AREA_ONLY = 'location:\n  kind: area\n  area: riverside';
const ON_REQUEST = 'location:\n  kind: on_request\n  area: riverside';
const SITE = 'site.yaml';
const rejected = (file: string, field: string, message: RegExp): Rejected => ({ file, field, message });
const page = (id: string) => ({ pages: [`groups/${id}/index.html`, `es/groups/${id}/index.html`] });
const FRONT = (fields: string) => `---\n${fields}\n---\n\nA short guide the hostile-input tests write.\n`;
const ARTICLE = 'summary: A guide the corpus writes.\norder: 9';
const PLAIN_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="12" fill="#2a6"/></svg>';
const withLogo = (file: string) => (site: string) => `${site}theme:\n  logo: ${file}\n`;

export const HOSTILE_CASES: HostileCase[] = [
  // Text that YAML 1.1 readers would turn into something else: one reader decides, so it stays text.
  {
    name: 'a date as a name',
    files: { 'groups/dated-name.yaml': group('2026-05-01') },
    expect: page('dated-name'),
  },
  { name: '"yes" as a name', files: { 'groups/yes-name.yaml': group('yes') }, expect: page('yes-name') },
  {
    name: 'a time-like name',
    files: { 'groups/sexagesimal.yaml': group('"1:30"') },
    expect: page('sexagesimal'),
  },
  {
    name: 'a date as a guide title',
    files: { 'guides/dated-guide.mdx': FRONT(`title: 2026-05-01\n${ARTICLE}`) },
    expect: { pages: ['guides/dated-guide/index.html'] },
  },
  // Encodings and bytes.
  {
    name: 'a UTF-8 byte order mark',
    files: { 'groups/bom.yaml': `\uFEFF${group('Byte Order Circle')}` },
    expect: page('bom'),
  },
  {
    name: 'Windows line endings',
    files: { 'groups/crlf.yaml': group('Carriage Return Circle').replace(/\n/g, '\r\n') },
    expect: page('crlf'),
  },
  {
    name: 'UTF-16 with a byte order mark',
    files: { 'groups/utf16.yaml': utf16le(group('Wide Circle')) },
    expect: rejected('groups/utf16.yaml', '(file)', /saved as UTF-16.*save it again as UTF-8/),
  },
  {
    name: 'UTF-16 without a byte order mark',
    files: { 'groups/utf16-bare.yaml': utf16le(group('Wide Circle')).subarray(2) },
    expect: rejected('groups/utf16-bare.yaml', '(file)', /UTF-16/),
  },
  {
    name: 'Latin-1 accents',
    files: { 'groups/latin1.yaml': latin1(group('Café Circle')) },
    expect: rejected('groups/latin1.yaml', '(file)', /not UTF-8 from line 1 on.*Windows-1252/),
  },
  {
    name: 'a NUL byte',
    files: { 'groups/nul.yaml': withNul(group('Null Circle')) },
    expect: rejected('groups/nul.yaml', '(file)', /NUL byte on line 2/),
  },
  {
    name: 'an escaped NUL in a value',
    files: {
      'groups/nul-escape.yaml': group('Null Circle', { summary: 'summary: "A circle\\0 with a NUL"' }),
    },
    expect: rejected('groups/nul-escape.yaml', 'summary', /invisible character \(U\+0000\)/),
  },
  {
    name: 'a bell character',
    files: { 'groups/bell.yaml': group('"Bell\\a Circle"') },
    expect: rejected('groups/bell.yaml', 'name', /U\+0007/),
  },
  {
    name: 'an escape sequence',
    files: { 'groups/escape.yaml': group('"Escape \\e[31m Circle"') },
    expect: rejected('groups/escape.yaml', 'name', /U\+001B/),
  },
  {
    name: 'a right-to-left override in a name',
    files: { 'groups/rlo.yaml': group('"Circle \\u202Egnp.exe"') },
    expect: rejected('groups/rlo.yaml', 'name', /U\+202E.*delete it/),
  },
  {
    name: 'a direction isolate in a summary',
    files: {
      'groups/isolate.yaml': group('Isolate Circle', { summary: 'summary: "Meets \\u2066weekly\\u2069."' }),
    },
    expect: rejected('groups/isolate.yaml', 'summary', /U\+2066/),
  },
  {
    name: 'a zero-width space in a name',
    files: { 'groups/zwsp.yaml': group('"Zero\\u200BWidth Circle"') },
    expect: rejected('groups/zwsp.yaml', 'name', /U\+200B/),
  },
  {
    name: 'a word joiner in a description',
    files: {
      'groups/joiner.yaml': group('Joiner Circle', { description: 'description: "Hidden\\u2060text"' }),
    },
    expect: rejected('groups/joiner.yaml', 'description', /U\+2060/),
  },
  {
    name: 'a byte order mark inside a value',
    files: { 'groups/inner-bom.yaml': group('"Inner\\uFEFF Circle"') },
    expect: rejected('groups/inner-bom.yaml', 'name', /U\+FEFF/),
  },
  {
    name: 'a zero-width joiner that Persian needs',
    files: { 'groups/persian.yaml': group('"حلقه‌ی همدلی"') },
    expect: page('persian'),
  },
  {
    name: 'an emoji sequence with joiners',
    files: { 'groups/emoji.yaml': group('"Family 👨‍👩‍👧 Circle"') },
    expect: page('emoji'),
  },
  {
    name: 'right-to-left marks in Arabic',
    files: { 'groups/arabic.yaml': group('"دائرة الدعم\u200F 2"') },
    expect: page('arabic'),
  },
  {
    name: 'a tab in a description',
    files: { 'groups/tab.yaml': group('Tab Circle', { description: 'description: "First\\tsecond"' }) },
    expect: page('tab'),
  },
  // Files and names.
  {
    name: 'a link to a file outside the repository',
    files: { 'groups/linked.yaml': { link: '/etc/hostname' } },
    expect: rejected('groups/linked.yaml', '(file)', /symbolic link.*not followed/),
  },
  {
    name: 'a linked collection folder',
    files: { 'groups-elsewhere/x.yaml': group('Elsewhere'), organizations: { link: 'groups-elsewhere' } },
    remove: ['organizations'],
    expect: rejected('organizations', '(file)', /symbolic link/),
  },
  {
    name: 'a linked site.yaml',
    files: { 'real-site.yaml': 'name: x\n', [SITE]: { link: 'real-site.yaml' } },
    remove: [SITE],
    expect: rejected(SITE, '(file)', /symbolic link/),
  },
  {
    name: 'a hidden entry file',
    files: { 'groups/.grief.yaml': group('Hidden Circle') },
    expect: rejected('groups/.grief.yaml', '(file)', /hidden file.*rename it to grief\.yaml/),
  },
  {
    name: 'a page named like the Spanish site',
    files: { 'pages/es.mdx': FRONT(`title: Spanish\n${ARTICLE}`) },
    expect: rejected('pages/es.mdx', '(file)', /prefix of the site in that language/),
  },
  {
    name: 'a page named like the map',
    files: { 'pages/map.mdx': FRONT(`title: Map\n${ARTICLE}`) },
    expect: rejected('pages/map.mdx', '(file)', /already the address.*\/map\//),
  },
  {
    name: 'a page named like a list',
    files: { 'pages/groups.mdx': FRONT(`title: Groups\n${ARTICLE}`) },
    expect: rejected('pages/groups.mdx', '(file)', /\/groups\/ page/),
  },
  {
    name: 'a group named like a page number',
    files: { 'groups/2.yaml': group('Page Two Circle') },
    expect: rejected('groups/2.yaml', '(file)', /page number.*group-2\.yaml/),
  },
  {
    name: 'a file name with spaces and capitals',
    files: { 'groups/Bad Name.yaml': group('Bad Name Circle') },
    expect: rejected('groups/Bad Name.yaml', '(file)', /rename it to bad-name\.yaml/),
  },
  {
    name: 'a file name with a direction override',
    files: { 'groups/evil\u202Elmay.yaml': group('Evil Name') },
    expect: rejected('groups/evil\u202Elmay.yaml', '(file)', /not a valid id/),
  },
  {
    name: 'a .yml file',
    files: { 'groups/short-ext.yml': group('Short Extension') },
    expect: rejected('groups/short-ext.yml', '(file)', /rename it to short-ext\.yaml/),
  },
  {
    name: 'a folder inside groups',
    files: { 'groups/nested/inner.yaml': group('Nested') },
    expect: rejected('groups/nested', '(file)', /folders there are not read/),
  },
  {
    name: 'a text file among entries',
    files: { 'groups/notes.txt': 'remember to call' },
    expect: rejected('groups/notes.txt', '(file)', /not a YAML file/),
  },
  {
    name: 'a translation into no interface language',
    files: { 'guides/first-meeting.xx.mdx': FRONT(`title: X\n${ARTICLE}`) },
    expect: rejected('guides/first-meeting.xx.mdx', '(file)', /not an interface language/),
  },
  {
    name: 'a translation without its original',
    files: { 'guides/orphan.es.mdx': FRONT(`title: Huérfana\n${ARTICLE}`) },
    expect: rejected('guides/orphan.es.mdx', '(file)', /orphan\.mdx, which does not exist/),
  },
  {
    name: 'a huge file',
    files: {
      'groups/huge.yaml': group('Huge Circle', { description: `description: "${'x'.repeat(1_100_000)}"` }),
    },
    expect: rejected('groups/huge.yaml', '(file)', /MB — an entry is a few kilobytes/),
  },
  {
    name: 'an empty file',
    files: { 'groups/empty.yaml': '' },
    expect: rejected('groups/empty.yaml', '(file)', /is empty/),
  },
  {
    name: 'only comments',
    files: { 'groups/comments.yaml': '# nothing here yet\n' },
    expect: rejected('groups/comments.yaml', '(file)', /is empty/),
  },
  { name: 'site.yaml missing', files: {}, remove: [SITE], expect: rejected(SITE, '(file)', /is missing/) },
  // YAML that cannot be read, or reads as something unexpected.
  {
    name: 'an unclosed quote',
    files: { 'groups/unclosed.yaml': group('"Unclosed Circle') },
    expect: rejected('groups/unclosed.yaml', '(file)', /./),
  },
  {
    name: 'a repeated key',
    files: { 'groups/repeated.yaml': `${group('Repeated Circle')}cost: donation\n` },
    expect: rejected('groups/repeated.yaml', 'cost', /twice|more than once|repeated/i),
  },
  {
    name: 'an alias bomb',
    files: {
      'groups/bomb.yaml': `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
    },
    expect: rejected('groups/bomb.yaml', '(file)', /alias/i),
  },
  {
    name: 'two documents in one file',
    files: { 'groups/two-docs.yaml': `${group('Two Docs')}---\nname: Other\n` },
    expect: rejected('groups/two-docs.yaml', '(file)', /./),
  },
  {
    name: 'a merge key',
    files: {
      'groups/merge.yaml': `base: &base { cost: free }\n${group('Merge Circle', { cost: '<<: *base' })}`,
    },
    expect: rejected('groups/merge.yaml', 'base', /not a field|unknown|did you mean/i),
  },
  {
    name: 'a prototype key',
    files: { 'groups/proto.yaml': group('Proto Circle', { extra: '__proto__: { admin: true }' }) },
    expect: rejected('groups/proto.yaml', '__proto__', /./),
  },
  {
    name: 'a custom tag',
    files: { 'groups/tagged.yaml': group('!!js/function "function () {}"') },
    expect: rejected('groups/tagged.yaml', '(file)', /tag !!js\/function.*remove/),
  },
  {
    name: 'a list instead of a map',
    files: { 'groups/list.yaml': '- name: A\n- name: B\n' },
    expect: rejected('groups/list.yaml', '(file)', /./),
  },
  {
    name: 'topics as a map',
    files: { 'topics.yaml': 'grief: { label: Grief }\n' },
    expect: rejected('topics.yaml', '(file)', /list/),
  },
  // Values.
  {
    name: 'a misspelt field',
    files: { 'groups/typo.yaml': group('Typo Circle', { summary: 'sumary: A typo.' }) },
    expect: rejected('groups/typo.yaml', 'sumary', /summary/),
  },
  {
    name: 'a number as a name',
    files: { 'groups/number.yaml': group('123') },
    expect: rejected('groups/number.yaml', 'name', /./),
  },
  {
    name: 'an empty name',
    files: { 'groups/blank.yaml': group('"   "') },
    expect: rejected('groups/blank.yaml', 'name', /is empty/),
  },
  {
    name: 'a null name',
    files: { 'groups/null-name.yaml': group('~') },
    expect: rejected('groups/null-name.yaml', 'name', /./),
  },
  {
    name: 'a very long name',
    files: { 'groups/long.yaml': group('x'.repeat(300)) },
    expect: rejected('groups/long.yaml', 'name', /too long/),
  },
  {
    name: 'HTML in a name',
    files: { 'groups/html.yaml': group('"<script>alert(1)</script>"') },
    expect: rejected('groups/html.yaml', 'name', /HTML/),
  },
  {
    name: 'a javascript: link',
    files: {
      'groups/js-link.yaml': group('Script Link', {
        contact: 'contact:\n  role: the facilitators\n  website: "javascript:alert(1)"',
      }),
    },
    expect: rejected('groups/js-link.yaml', 'contact.website', /https/),
  },
  {
    name: 'a link with a password',
    files: {
      'groups/creds.yaml': group('Credentials', {
        contact: 'contact:\n  role: the facilitators\n  website: https://user:secret@example.org/',
      }),
    },
    expect: rejected('groups/creds.yaml', 'contact.website', /user name or password/),
  },
  {
    name: 'a tile template that injects a policy',
    files: {
      [SITE]: (site) =>
        site.replace(/tiles: .*/, 'tiles: "https://tile.example.org/{z}/{x}/{y}.png; script-src *"'),
    },
    expect: rejected(SITE, 'map.tiles', /./),
  },
  {
    name: 'a time zone in lower case',
    files: { [SITE]: (site) => site.replace(/timezone: .*/, 'timezone: america/chicago') },
    expect: rejected(SITE, 'timezone', /America\/Chicago/),
  },
  {
    name: 'an unknown time zone',
    files: { [SITE]: (site) => site.replace(/timezone: .*/, 'timezone: Mars/Olympus_Mons') },
    expect: rejected(SITE, 'timezone', /./),
  },
  {
    name: 'a 12-hour time',
    files: {
      'groups/pm.yaml': group('PM Circle', {
        meetings: 'meetings:\n  - byday: MO\n    opens_at: 7:00 PM\n    closes_at: "20:00"',
      }),
    },
    expect: rejected('groups/pm.yaml', 'meetings.0.opens_at', /./),
  },
  {
    name: 'a day that does not exist',
    files: {
      'groups/xx-day.yaml': group('XX Day', {
        meetings: 'meetings:\n  - byday: XX\n    opens_at: "19:00"\n    closes_at: "20:00"',
      }),
    },
    expect: rejected('groups/xx-day.yaml', 'meetings.0.byday', /./),
  },
  {
    name: 'closing before opening',
    files: {
      'groups/backwards.yaml': group('Backwards', {
        meetings: 'meetings:\n  - byday: MO\n    opens_at: "20:00"\n    closes_at: "19:00"',
      }),
    },
    expect: rejected('groups/backwards.yaml', 'meetings.0.closes_at', /./),
  },
  {
    name: 'an impossible date',
    files: { 'groups/feb30.yaml': group('February', { last_verified: 'last_verified: 2026-02-30' }) },
    expect: rejected('groups/feb30.yaml', 'last_verified', /./),
  },
  {
    name: 'a date in the future',
    files: { 'groups/future.yaml': group('Future', { last_verified: 'last_verified: 2099-01-01' }) },
    expect: rejected('groups/future.yaml', 'last_verified', /./),
  },
  {
    name: 'a postcode that YAML reads as a number',
    files: { 'groups/zip.yaml': group('Zip Circle').replace('postal_code: "60640"', 'postal_code: 06040') },
    expect: rejected('groups/zip.yaml', 'location.postal_code', /./),
  },
  {
    name: 'an unknown topic',
    files: { 'groups/no-topic.yaml': group('No Topic', { topics: 'topics: [astrology]' }) },
    expect: rejected('groups/no-topic.yaml', 'topics.0', /./),
  },
  {
    name: 'an unknown area',
    files: { 'groups/no-area.yaml': group('No Area').replace('area: riverside', 'area: atlantis') },
    expect: rejected('groups/no-area.yaml', 'location.area', /./),
  },
  {
    name: 'an unknown organisation',
    files: { 'groups/no-org.yaml': group('No Org', { organization: 'organization: acme' }) },
    expect: rejected('groups/no-org.yaml', 'organization', /./),
  },
  {
    name: 'a language that is not a tag',
    files: { 'groups/english.yaml': group('English', { languages: 'languages: [english]' }) },
    expect: rejected('groups/english.yaml', 'languages.0', /./),
  },
  {
    name: 'a phone number that cannot be dialled',
    files: {
      'groups/phone.yaml': group('Phone', {
        contact: 'contact:\n  role: the facilitators\n  phone: call me',
      }),
    },
    expect: rejected('groups/phone.yaml', 'contact.phone', /./),
  },
  // The logo, which the site copies as it is.
  {
    name: 'a plain SVG logo',
    files: { 'logo.svg': PLAIN_SVG, [SITE]: withLogo('logo.svg') },
    expect: { pages: ['logo/logo.svg', 'index.html'] },
  },
  {
    name: 'an SVG logo that runs a script',
    files: {
      'bad-logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      [SITE]: withLogo('bad-logo.svg'),
    },
    expect: rejected(SITE, 'theme.logo', /script, an event handler/),
  },
  {
    name: 'a logo that links outside the folder',
    files: { 'linked-logo.png': { link: '/etc/hostname' }, [SITE]: withLogo('linked-logo.png') },
    expect: rejected(SITE, 'theme.logo', /symbolic link/),
  },
  {
    name: 'a logo that is not there',
    files: { [SITE]: withLogo('missing.png') },
    expect: rejected(SITE, 'theme.logo', /not in the content folder/),
  },
  {
    name: 'a PNG logo that is not a PNG',
    files: { 'fake.png': '<html>not an image</html>', [SITE]: withLogo('fake.png') },
    expect: rejected(SITE, 'theme.logo', /not a PNG image/),
  },
  // Private places.
  {
    name: 'a street in the directions of an area-only group',
    files: {
      'groups/street-hint.yaml': group('Street Hint', {
        location: `${AREA_ONLY}\n  directions: Ring at 1834 S Loomis St, second floor.`,
      }),
    },
    expect: rejected('groups/street-hint.yaml', 'location.directions', /street address.*place is private/),
  },
  {
    name: 'coordinates in the notes of a group on request',
    files: {
      'groups/coord-hint.yaml': group('Coordinate Hint', {
        location: ON_REQUEST,
        meetings:
          'meetings:\n  - byday: MO\n    opens_at: "19:00"\n    closes_at: "20:00"\n    notes: We gather at 41.92161, -87.70129 by the gate.',
      }),
    },
    expect: rejected('groups/coord-hint.yaml', 'meetings.0.notes', /map position/),
  },
  {
    name: 'a map link on an online-only group',
    files: {
      'groups/map-hint.yaml': group('Map Hint', {
        attendance: 'attendance: online',
        location: '',
        online: 'online:\n  url: https://meet.example.org/x',
        contact:
          'contact:\n  role: the facilitators\n  website: https://www.google.com/maps/@41.9216,-87.7013,17z',
      }),
    },
    expect: rejected('groups/map-hint.yaml', 'contact.website', /map link/),
  },
  {
    name: 'coordinates on an area-only place',
    files: {
      'groups/area-coords.yaml': group('Area Coordinates', { location: `${AREA_ONLY}\n  latitude: 41.92` }),
    },
    expect: rejected('groups/area-coords.yaml', 'location.latitude', /./),
  },
  {
    name: 'a street on a place given on request',
    files: {
      'groups/request-street.yaml': group('Request Street', {
        location: `${ON_REQUEST}\n  address_1: 12 Secret Lane`,
      }),
    },
    expect: rejected('groups/request-street.yaml', 'location.address_1', /./),
  },
];

/** Writes a case into a copy of the fixture (the copy is made by the caller). */
export async function applyCase(root: string, hostile: HostileCase): Promise<void> {
  const { mkdir, readFile, rm, symlink, writeFile } = await import('node:fs/promises');
  const { dirname, join } = await import('node:path');
  for (const gone of hostile.remove ?? []) await rm(join(root, gone), { recursive: true, force: true });
  for (const [file, content] of Object.entries(hostile.files)) {
    const path = join(root, file);
    await mkdir(dirname(path), { recursive: true });
    if (typeof content === 'function') await writeFile(path, content(await readFile(path, 'utf8')));
    else if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(path, content);
    else await symlink(content.link, path);
  }
}
