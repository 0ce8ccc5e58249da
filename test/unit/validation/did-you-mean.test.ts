import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/lib/validation/did-you-mean.ts';

describe('did you mean', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('lable', 'label')).toBe(1);
    expect(editDistance('uptwn', 'uptown')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest name when it is only a slip away', () => {
    expect(closest('newcomer', ['name', 'newcomers', 'notes'])).toBe('newcomers');
    expect(closest('24/8', ['24/7', 'by_appointment'])).toBe('24/7');
  });

  it('treats case, spaces, hyphens and underscores as the same slip', () => {
    expect(closest('in-person', ['in_person', 'online', 'hybrid'])).toBe('in_person');
    expect(closest('Step Free', ['step-free', 'asl'])).toBe('step-free');
  });

  it('suggests nothing when no name is close', () => {
    expect(closest('banana', ['in_person', 'online', 'hybrid'])).toBeUndefined();
    expect(closest('x'.repeat(500), ['x'])).toBeUndefined();
  });
});
