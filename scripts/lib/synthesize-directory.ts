/**
 * A synthetic directory for benchmarks and the scale test: the source folder's site, topics, areas,
 * organizations, guides and pages, plus generated groups and services with varied schedules, languages
 * and location kinds. Deterministic: the same seed writes the same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentFolder } from '../../src/lib/directory/read-content-folder.ts';

export interface SynthesisOptions {
  groups: number;
  services: number;
  /** The folder written (emptied first). */
  out: string;
  /** The content folder whose site, topics, areas and organizations are copied. */
  from?: string;
  seed?: number;
}

/** The split the benchmark and the scale test use: four groups for every service, as in real directories. */
export function splitEntries(entries: number): { groups: number; services: number } {
  const groups = Math.round(entries * 0.8);
  return { groups, services: entries - groups };
}

// A small linear congruential generator: enough variety, same output every run.
function generator(start: number) {
  let seed = start;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items))),
  ];
  return { random, pick, some };
}
type Generator = ReturnType<typeof generator>;

interface Area {
  id: string;
  centre: { latitude: number; longitude: number };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WORDS = [
  'Circle',
  'Voices',
  'Together',
  'Harbor',
  'Bridge',
  'Open Door',
  'Lantern',
  'Common Ground',
  'Kitchen Table',
  'Northstar',
];
const LANGUAGES = ['en', 'en', 'en', 'es', 'pl', 'zh-Hans', 'ar', 'ko', 'ase'];
const time = (hour: number, minute = 0) =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function schedule({ random, pick }: Generator): Record<string, unknown> {
  const hour = 8 + Math.floor(random() * 12);
  const base = { opens_at: time(hour, 30 * Math.floor(random() * 2)), closes_at: time(hour + 1, 30) };
  const kind = random();
  if (kind < 0.7) return { byday: pick(DAYS), ...base };
  if (kind < 0.85) return { byday: pick(DAYS), interval: 2, valid_from: '2026-01-05', ...base };
  return { freq: 'monthly', byday: `${pick(['1', '2', '3', '-1'])}${pick(DAYS)}`, ...base };
}

/** Every venue gets its own street number: the validator rightly flags two entries at one address and time. */
function locator({ random, pick }: Generator, areas: readonly Area[]) {
  let venues = 0;
  return (): Record<string, unknown> => {
    const area = pick(areas);
    const kind = random();
    if (kind < 0.7) {
      return {
        kind: 'address',
        venue: `${pick(WORDS)} Community Room`,
        address_1: `${100 + ++venues} N Synthetic St`,
        city: 'Chicago',
        area: area.id,
        latitude: Number((area.centre.latitude + (random() - 0.5) * 0.02).toFixed(5)),
        longitude: Number((area.centre.longitude + (random() - 0.5) * 0.02).toFixed(5)),
      };
    }
    if (kind < 0.85) return { kind: 'area', area: area.id };
    return { kind: 'on_request', area: area.id };
  };
}

function group(n: number, g: Generator, topics: string[], location: () => Record<string, unknown>) {
  const { pick, some } = g;
  const attendance = pick(['in_person', 'in_person', 'in_person', 'online', 'hybrid'] as const);
  const place = attendance === 'online' ? undefined : location();
  const name = `${pick(WORDS)} ${pick(WORDS)} Group ${n}`;
  return {
    name,
    summary: 'A synthetic peer support group for benchmarking the directory at scale.',
    // Each its own words, as real groups' are (the validator refuses a copied description).
    description: `${name} was generated for benchmarks. Meets regularly; newcomers are welcome.\n\nA second paragraph of text.`,
    topics: some(topics, 2),
    languages: some(LANGUAGES, 2),
    led_by: pick(['peer', 'professional', 'co-facilitated']),
    attendance,
    meetings: [schedule(g)],
    ...(place ? { location: place } : {}),
    ...(attendance === 'in_person' ? {} : { online: { url: `https://meet.example.org/g${n}` } }),
    contact: { email: `group${n}@example.org` },
    cost: pick(['free', 'free', 'donation']),
    last_verified: pick(['2026-10-01', '2026-06-15', '2025-03-01']),
  };
}

function service(n: number, g: Generator, topics: string[], organizations: string[], location: () => object) {
  const { pick, some } = g;
  return {
    name: `${pick(WORDS)} Service ${n}`,
    summary: 'A synthetic service for benchmarking.',
    organization: pick(organizations),
    categories: some(['testing', 'clinic', 'legal', 'housing', 'food', 'benefits'], 2),
    topics: some(topics, 2),
    description: 'Generated for benchmarks.',
    cost: 'free',
    languages: some(LANGUAGES, 2),
    hours: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
    phones: [{ number: '(312) 555-0100' }],
    location: location(),
    last_verified: '2026-09-01',
  };
}

/** Writes the directory; returns the number of files written under groups/ and services/. */
export async function synthesizeDirectory(
  options: SynthesisOptions,
): Promise<{ groups: number; services: number }> {
  const { out, from = 'content', seed = 20261126 } = options;
  const g = generator(seed);
  // The starting folder is read through the site's own door, so the synthetic one starts from what it reads.
  const start = await readContentFolder(from);
  const topics = start.topics.map((topic) => topic.id);
  const areas: Area[] = start.areas;
  const organizations = start.organizations.map((organization) => organization.id);
  const location = locator(g, areas);

  rmSync(out, { recursive: true, force: true });
  for (const folder of ['groups', 'services']) mkdirSync(join(out, folder), { recursive: true });
  for (const item of ['site.yaml', 'topics.yaml', 'areas.yaml', 'organizations', 'guides', 'pages'])
    cpSync(join(from, item), join(out, item), { recursive: true });
  for (let n = 1; n <= options.groups; n++)
    writeFileSync(join(out, 'groups', `synthetic-group-${n}.yaml`), stringify(group(n, g, topics, location)));
  for (let n = 1; n <= options.services; n++)
    writeFileSync(
      join(out, 'services', `synthetic-service-${n}.yaml`),
      stringify(service(n, g, topics, organizations, location)),
    );
  return { groups: options.groups, services: options.services };
}
