import { describe, expect, it } from 'vitest';
import type { LoadedFile } from '../../../src/lib/validation/cross-file-rules.ts';
import { duplicateEntries } from '../../../src/lib/validation/duplicate-entries.ts';

/** A group file as read: a name, a long description, and a meeting at one public address. */
const group = (n: number, description: string, street = `${n} Main St`): LoadedFile => ({
  file: `groups/group-${n}.yaml`,
  collection: 'groups',
  id: `group-${n}`,
  data: {
    name: `Group ${n}`,
    description,
    meetings: [{ byday: 'TU', opens_at: '18:00', closes_at: '19:00' }],
    location: { kind: 'address', address_1: street, city: 'Chicago' },
  },
});

const words = (n: number) => `Group ${n} meets every week for people who have been there, in a warm room.`;

describe('duplicate entries in a large directory', () => {
  it('compares only entries that share a name, an address or a description: 10,000 distinct groups, none reported', () => {
    const files = Array.from({ length: 10_000 }, (_, n) => group(n, words(n)));
    const started = performance.now();
    expect(duplicateEntries(files)).toEqual([]);
    // Pairwise, this was 50 million comparisons and ran out of memory; bucketed, it is a few lookups each.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a description copied into 2,000 files gives one problem per file, each naming the first copy', () => {
    const copied =
      'A weekly circle for anyone who has lost someone, in a quiet room with tea and no pressure to talk.';
    const files = Array.from({ length: 2_000 }, (_, n) => group(n, copied));
    const problems = duplicateEntries(files);
    expect(problems).toHaveLength(2_000);
    expect(new Set(problems.map((problem) => problem.file)).size).toBe(2_000);
    expect(problems.find((problem) => problem.file === 'groups/group-7.yaml')?.message).toMatch(
      /^is the same as the description in groups\/group-0\.yaml/,
    );
  });

  it('many groups at one venue at different times are not duplicates; two at the same time are', () => {
    const files = Array.from({ length: 300 }, (_, n) => {
      const file = group(n, words(n), '1 Church St');
      (file.data as { meetings: unknown[] }).meetings = [
        {
          byday: 'MO',
          opens_at: `${String(6 + (n % 15)).padStart(2, '0')}:00`,
          closes_at: `${String(6 + (n % 15)).padStart(2, '0')}:30`,
        },
      ];
      return file;
    });
    const problems = duplicateEntries(files.slice(0, 15));
    expect(problems).toEqual([]);
    expect(duplicateEntries(files.slice(0, 16)).map((problem) => problem.file)).toEqual([
      'groups/group-0.yaml',
      'groups/group-15.yaml',
    ]);
  });
});
