/**
 * Writes a synthetic directory for benchmarks: the demo's site, topics, areas and organizations, plus
 * N generated groups and N/4 services with varied schedules, languages and location kinds.
 * Deterministic (seeded), so two runs give the same files.
 *   node scripts/synthesize.ts --count 10000 --out bench/synthetic-10000
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    out: { type: 'string' },
    from: { type: 'string', default: 'content' },
  },
});
const count = Number(values.count);
const from = values.from ?? 'content';
const out = values.out ?? `bench/synthetic-${count}`;

// A small linear congruential generator: enough variety, same output every run.
let seed = 20261126;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const some = <T>(items: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items))),
];

// The demo is read through the site's own door, so a synthetic directory starts from what the site reads.
const demo = await readContentFolder(from);
const topics = demo.topics.map((topic) => topic.id);
const areas = demo.areas;
const organizations = demo.organizations.map((organization) => organization.id);
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const words = [
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
const languages = ['en', 'en', 'en', 'es', 'pl', 'zh-Hans', 'ar', 'ko', 'ase'];
const time = (hour: number, minute = 0) =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function schedule(): Record<string, unknown> {
  const hour = 8 + Math.floor(random() * 12);
  const base = { opens_at: time(hour, 30 * Math.floor(random() * 2)), closes_at: time(hour + 1, 30) };
  const kind = random();
  if (kind < 0.7) return { byday: pick(days), ...base };
  if (kind < 0.85) return { byday: pick(days), interval: 2, valid_from: '2026-01-05', ...base };
  return { freq: 'monthly', byday: `${pick(['1', '2', '3', '-1'])}${pick(days)}`, ...base };
}

// Every venue its own street number: the validator rightly flags two entries at one address and time.
let venues = 0;
function location(): Record<string, unknown> | undefined {
  const area = pick(areas);
  const kind = random();
  if (kind < 0.7) {
    return {
      kind: 'address',
      venue: `${pick(words)} Community Room`,
      address_1: `${100 + ++venues} N Synthetic St`,
      city: 'Chicago',
      area: area.id,
      latitude: Number((area.centre.latitude + (random() - 0.5) * 0.02).toFixed(5)),
      longitude: Number((area.centre.longitude + (random() - 0.5) * 0.02).toFixed(5)),
    };
  }
  if (kind < 0.85) return { kind: 'area', area: area.id };
  return { kind: 'on_request', area: area.id };
}

rmSync(out, { recursive: true, force: true });
for (const folder of ['groups', 'services']) mkdirSync(join(out, folder), { recursive: true });
for (const item of ['site.yaml', 'topics.yaml', 'areas.yaml', 'organizations', 'guides', 'pages']) {
  cpSync(join(from, item), join(out, item), { recursive: true });
}

for (let n = 1; n <= count; n++) {
  const attendance = pick(['in_person', 'in_person', 'in_person', 'online', 'hybrid'] as const);
  const place = attendance === 'online' ? undefined : location();
  const name = `${pick(words)} ${pick(words)} Group ${n}`;
  const group = {
    name,
    summary: 'A synthetic peer support group for benchmarking the directory at scale.',
    // Each its own words, as real groups' are (the validator refuses a copied description).
    description: `${name} was generated for benchmarks. Meets regularly; newcomers are welcome.\n\nA second paragraph of text.`,
    topics: some(topics, 2),
    languages: some(languages, 2),
    led_by: pick(['peer', 'professional', 'co-facilitated']),
    attendance,
    meetings: [schedule()],
    ...(place ? { location: place } : {}),
    ...(attendance === 'in_person' ? {} : { online: { url: `https://meet.example.org/g${n}` } }),
    contact: { email: `group${n}@example.org` },
    cost: pick(['free', 'free', 'donation']),
    last_verified: pick(['2026-10-01', '2026-06-15', '2025-03-01']),
  };
  writeFileSync(join(out, 'groups', `synthetic-group-${n}.yaml`), stringify(group));
}
for (let n = 1; n <= Math.ceil(count / 4); n++) {
  const service = {
    name: `${pick(words)} Service ${n}`,
    summary: 'A synthetic service for benchmarking.',
    organization: pick(organizations),
    categories: some(['testing', 'clinic', 'legal', 'housing', 'food', 'benefits'], 2),
    topics: some(topics, 2),
    description: 'Generated for benchmarks.',
    cost: 'free',
    languages: some(languages, 2),
    hours: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
    phones: [{ number: '(312) 555-0100' }],
    location: location() ?? { kind: 'on_request' },
    last_verified: '2026-09-01',
  };
  writeFileSync(join(out, 'services', `synthetic-service-${n}.yaml`), stringify(service));
}
console.log(`wrote ${count} groups and ${Math.ceil(count / 4)} services to ${out}`);
