import { describe, expect, it } from 'vitest';
import type { PublicGroup, PublicService } from '../../../src/lib/directory/types.ts';
import { handouts } from '../../../src/lib/print/handouts.ts';
import type { PrintList } from '../../../src/lib/print/print-lists.ts';

// Handouts only move entries around: an id and a kind are all they read.
const groups = (n: number, prefix = 'g') =>
  Array.from({ length: n }, (_, i) => ({ kind: 'group', id: `${prefix}${i + 1}` }) as PublicGroup);
const services = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'service', id: `s${i + 1}` }) as PublicService);
const list = (
  path: string,
  scope: PrintList['scope'],
  g: PublicGroup[],
  s: PublicService[] = [],
): PrintList => ({
  path,
  title: path,
  groups: g,
  services: s,
  scope,
  covers: s.length === 0 ? 'groups' : g.length === 0 ? 'services' : 'all',
});

describe('handouts sized for paper', () => {
  it('keeps every list at or under the cap as one handout, as before', () => {
    const lists = [
      list('/print/all/', 'directory', groups(3), services(2)),
      list('/print/topics/hiv/', 'topic', groups(1)),
    ];
    expect(handouts(lists, 5)).toEqual(lists);
  });

  it('prints a long area or topic list in parts of at most the cap, each saying which part it is', () => {
    const [first, second, third] = handouts([list('/print/areas/loop/', 'area', groups(4), services(3))], 3);
    expect([first?.path, second?.path, third?.path]).toEqual([
      '/print/areas/loop/',
      '/print/areas/loop/2/',
      '/print/areas/loop/3/',
    ]);
    expect(first?.groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect([second?.groups.map((g) => g.id), second?.services.map((s) => s.id)]).toEqual([
      ['g4'],
      ['s1', 's2'],
    ]);
    expect(third?.part).toEqual({
      number: 3,
      paths: ['/print/areas/loop/', '/print/areas/loop/2/', '/print/areas/loop/3/'],
      first: 7,
      last: 7,
      total: 7,
    });
  });

  it('splits a whole directory over the cap into its area and topic handouts, keeping only what none holds', () => {
    const [a, b, online] = groups(3);
    const all = list('/print/all/', 'directory', [a, b, online] as PublicGroup[]);
    const lists = [
      all,
      list('/print/areas/loop/groups/', 'area', [a] as PublicGroup[]),
      list('/print/areas/loop/services/', 'area', [], services(1)),
      list('/print/topics/hiv/', 'topic', [b] as PublicGroup[]),
    ];
    const [split] = handouts(lists, 2);
    expect(split?.splitInto?.map((other) => other.path)).toEqual([
      '/print/areas/loop/groups/',
      '/print/topics/hiv/',
    ]);
    expect(split?.listed).toBe(3);
    expect(split?.groups).toEqual([online]);
    expect(split?.part).toBeUndefined();
  });
});
