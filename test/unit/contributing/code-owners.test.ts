import { describe, expect, it } from 'vitest';
import {
  OWNERS_END,
  OWNERS_START,
  ownersBlock,
  withOwnersBlock,
} from '../../../src/lib/review/code-owners.ts';

describe('CODEOWNERS by area', () => {
  const entries = [
    { file: 'content/groups/argyle-family-caregivers-circle.yaml', area: 'uptown' },
    { file: 'content/groups/grief-circle-pilsen.yaml', area: 'uptown' }, // moved: the name no longer says where it is
    { file: 'content/groups/online-circle.yaml' },
    { file: 'content/services/clinic.yaml', area: 'loop' },
  ];
  const reviewers = new Map([
    ['uptown', ['@org/uptown-volunteers']],
    ['loop', []],
  ]);

  it("names each entry's reviewers from its area, whatever its file is called", () => {
    expect(ownersBlock(entries, reviewers).split('\n')).toEqual([
      OWNERS_START,
      '# uptown',
      '/content/groups/argyle-family-caregivers-circle.yaml @org/uptown-volunteers',
      '/content/groups/grief-circle-pilsen.yaml @org/uptown-volunteers',
      OWNERS_END,
    ]);
  });

  it('replaces only its own block, and adds it when missing', () => {
    const block = ownersBlock(entries, reviewers);
    const file = `* @org/maintainers\n\n${OWNERS_START}\n/old @x\n${OWNERS_END}\n# after\n`;
    expect(withOwnersBlock(file, block)).toBe(`* @org/maintainers\n\n${block}\n# after\n`);
    expect(withOwnersBlock('* @org/maintainers\n', block)).toBe(`* @org/maintainers\n\n${block}\n`);
  });
});
