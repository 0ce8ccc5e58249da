import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { FIXTURE_CONTENT } from '../../support/fixture-site.ts';
import { applyCase, HOSTILE_CASES } from '../../support/hostile-corpus.ts';

const tally = { 'rejected well': 0, accepted: 0, crashed: 0, 'silently dropped': 0 };
const CRASH = /the validator itself failed/;

async function validateCase(hostile: (typeof HOSTILE_CASES)[number]) {
  const root = await mkdtemp(join(tmpdir(), 'circles-hostile-'));
  try {
    await cp(FIXTURE_CONTENT, root, { recursive: true });
    const before = await validateContent(root, { cwd: root });
    await applyCase(root, hostile);
    return { before, after: await validateContent(root, { cwd: root }) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('the validator over hostile and malformed content', () => {
  afterAll(() => {
    console.log(`hostile corpus of ${HOSTILE_CASES.length}: ${JSON.stringify(tally)}`);
  });

  it('has at least sixty cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const { before, after } = await validateCase(hostile);
    expect(before.problems).toEqual([]);
    const crashes = after.problems.filter((problem) => CRASH.test(problem.message));
    if (crashes.length > 0) tally.crashed++;
    expect(crashes).toEqual([]);
    for (const problem of after.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      // Every message says what is wrong, then after a dash how to fix it.
      expect(problem.message).toMatch(/ — /);
    }
    if ('pages' in hostile.expect) {
      expect(after.problems).toEqual([]);
      // Accepted, and read: nothing added may vanish from what is checked (and so from what is built).
      const added = Object.keys(hostile.files).filter((file) => /^groups\/[^/]+\.yaml$/.test(file)).length;
      if (after.checked.groups < before.checked.groups + added) tally['silently dropped']++;
      expect(after.checked.groups).toBe(before.checked.groups + added);
      tally.accepted++;
      return;
    }
    const { file, field, message } = hostile.expect;
    expect(after.problems).toContainEqual(
      expect.objectContaining({ file, field, message: expect.stringMatching(message) }),
    );
    tally['rejected well']++;
  });
});
