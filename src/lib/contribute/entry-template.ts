import { suggestId } from '../validation/content-files.ts';

/** The kinds of entry a volunteer can start from a template. */
export const templateKinds = ['group', 'service', 'organization'] as const;
export type TemplateKind = (typeof templateKinds)[number];

/** The folder under the content root that holds each kind. */
export const folderOf: Record<TemplateKind, string> = {
  group: 'groups',
  service: 'services',
  organization: 'organizations',
};

/** Ids from the content the template can point at, so it is valid as written. */
export interface TemplateContext {
  /** The entry's name. */
  name: string;
  /** Today, YYYY-MM-DD: the template's last_verified. */
  today: string;
  /** A topic id from topics.yaml. */
  topic: string;
  /** An area id from areas.yaml. */
  area: string;
  /** An organization id, for services (which must name one). */
  organization?: string | undefined;
  /** Where the JSON Schema is, relative to the new file's folder: `../../schemas` for `content/groups/`. */
  schemaFolder?: string | undefined;
}

/** The JSON Schema folder relative to a content folder: both are relative to the repository root. */
export function schemaFolderFrom(contentFolder: string): string {
  const depth = contentFolder.split('/').filter((part) => part !== '' && part !== '.').length;
  return [...Array(depth).fill('..'), 'schemas'].join('/');
}

/** A file name for a new entry: the name's words, lowercase, accents dropped, joined by hyphens. */
export function idFromName(name: string): string {
  return suggestId(name.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** YAML's double-quoted form of a text, safe for any character a name may hold. */
const quoted = (text: string) => JSON.stringify(text);

const header = (kind: TemplateKind, what: string, schemaFolder = '../../schemas') => [
  `# yaml-language-server: $schema=${schemaFolder}/${kind}.schema.json`,
  `# ${what} The file name is its id and web address.`,
  '# Every field is explained in CONTRIBUTING.md ("What each field means") and in your editor on hover.',
  '# Lines starting with # are notes for you: keep them or delete them. Replace every "Replace this": the check refuses the file until you do.',
];

/**
 * A commented YAML file for a new entry with every required field filled in, valid YAML, so a
 * volunteer changes values instead of looking up field names. Never holds a person's name or a private
 * address: the location starts as `kind: area`.
 */
export function entryTemplate(kind: TemplateKind, context: TemplateContext): string {
  const lines = TEMPLATES[kind](context);
  return `${lines.join('\n')}\n`;
}

const TEMPLATES: Record<TemplateKind, (context: TemplateContext) => string[]> = {
  group: ({ name, today, topic, area, schemaFolder }) => [
    ...header('group', 'A peer support group.', schemaFolder),
    `name: ${quoted(name)}`,
    '# One line, shown in lists: who the group is for and what happens.',
    'summary: Replace this with one line on who the group is for and what happens.',
    'description: |-',
    '  Replace this with a few sentences: what the group is and how a meeting goes.',
    '',
    '  A blank line starts a new paragraph.',
    '# Ids from content/topics.yaml, at least one.',
    `topics: [${topic}]`,
    '# Languages meetings are held in: en, es, pl, ase (American Sign Language)…',
    'languages: [en]',
    '# peer, professional or co-facilitated',
    'led_by: peer',
    '# in_person, online or hybrid (online and hybrid groups also need online: with a url, phone or link_on_request: true)',
    'attendance: in_person',
    'meetings:',
    '  - byday: TU # MO TU WE TH FR SA SU; for monthly, add freq: monthly and write 2TU (second Tuesday) or -1FR (last Friday)',
    '    opens_at: "19:00" # 24-hour clock, in quotes',
    '    closes_at: "20:30"',
    '# Where it meets. kind: area shows only the area (use it for any place that must stay private);',
    '# kind: on_request means people ask the group; kind: address is for public venues only',
    '# (then add venue, address_1, city, latitude and longitude).',
    'location:',
    '  kind: area',
    `  area: ${area} # an id from content/areas.yaml`,
    'contact:',
    "  role: the facilitators # a role, never a person's full name",
    '  email: replace-this@example.org # a shared address for the group',
    '# free, donation, or { kind: fee, description: "$5 a session; no one turned away" }',
    'cost: free',
    '# What to expect at a first visit (optional): arriving, sharing or not, confidentiality.',
    '# newcomers: You never have to speak.',
    '# The date you checked these details with the group, YYYY-MM-DD.',
    `last_verified: ${today}`,
  ],
  service: ({ name, today, topic, organization, schemaFolder }) => [
    ...header('service', 'A service.', schemaFolder),
    `name: ${quoted(name)}`,
    '# One line, shown in lists: what it offers and to whom.',
    'summary: Replace this with one line on what the service offers and to whom.',
    '# The organization that runs it: an id from content/organizations/.',
    `organization: ${organization ?? 'replace-this'}`,
    '# testing, clinic, mental-health-care, harm-reduction, legal, housing, benefits, food, crisis-line…',
    'categories: [clinic]',
    `topics: [${topic}] # ids from content/topics.yaml`,
    'description: |-',
    '  Replace this with a few sentences on what the service does and how to use it.',
    'languages: [en]',
    '# 24/7, by_appointment, or a list of schedule rules like the meetings of a group:',
    '#   - byday: [MO, TU, WE, TH, FR]',
    '#     opens_at: "09:00"',
    '#     closes_at: "17:00"',
    'hours: by_appointment',
    'cost: free',
    '# How to reach it: a website, an email, phones, or all three.',
    'website: https://replace-this.example.org/',
    '# phones:',
    '#   - number: (312) 555-0142',
    '#     description: Appointments',
    '# location: a public address (kind: address, venue, address_1, city, area, latitude, longitude).',
    '# The date you checked these details with the service, YYYY-MM-DD.',
    `last_verified: ${today}`,
  ],
  organization: ({ name, today, schemaFolder }) => [
    ...header('organization', 'An organization that hosts groups or runs services.', schemaFolder),
    `name: ${quoted(name)}`,
    'description: |-',
    '  Replace this with a few sentences on what the organization does.',
    '# website: https://…',
    '# The date you checked these details, YYYY-MM-DD.',
    `last_verified: ${today}`,
  ],
};
