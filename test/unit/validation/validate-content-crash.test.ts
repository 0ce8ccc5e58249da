import { describe, expect, it, vi } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';

// A bug in one rule must become a problem on the file being checked, never a stack trace.
vi.mock('../../../src/lib/validation/format-issue.ts', () => ({
  checkWithSchema: (_schema: unknown, data: unknown) => {
    if ((data as { name?: string }).name === 'Positive Living Circle')
      throw new TypeError('boom\n    at somewhere');
    return [];
  },
}));

describe('an unexpected error in the validator', () => {
  it('is reported on the file being checked, asking for a bug report, and the other files are still checked', async () => {
    const { problems, checked } = await validateContent('test/fixtures/basic');
    expect(problems).toEqual([
      {
        file: 'test/fixtures/basic/groups/positive-living-circle.yaml',
        line: 1,
        column: 1,
        field: '(file)',
        message:
          'could not be checked: the validator itself failed (TypeError: boom) — this is not your mistake; please report it to the maintainers in an issue, with this file attached',
      },
    ]);
    expect(checked.groups).toBe(9);
  });
});
