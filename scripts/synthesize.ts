/**
 * Writes a synthetic directory for benchmarks (lib/synthesize-directory.ts): the demo's site, topics,
 * areas and organizations, plus generated groups and services. Deterministic (seeded).
 *   node scripts/synthesize.ts --count 10000 --out bench/synthetic-10000     10,000 groups, 2,500 services
 *   node scripts/synthesize.ts --entries 10000 --out DIR                      8,000 groups, 2,000 services
 */
import { parseArgs } from 'node:util';
import { splitEntries, synthesizeDirectory } from './lib/synthesize-directory.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    entries: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string', default: 'content' },
    seed: { type: 'string', default: '20261126' },
  },
});
const split = values.entries
  ? splitEntries(Number(values.entries))
  : { groups: Number(values.count), services: Math.ceil(Number(values.count) / 4) };
const out = values.out ?? `bench/synthetic-${values.entries ?? values.count}`;
await synthesizeDirectory({ ...split, out, from: values.from ?? 'content', seed: Number(values.seed) });
console.log(`wrote ${split.groups} groups and ${split.services} services to ${out}`);
