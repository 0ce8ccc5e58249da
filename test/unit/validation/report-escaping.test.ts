import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, formatStepSummary } from '../../../src/lib/validation/report.ts';

const crafted = {
  file: 'content/groups/x.yaml',
  line: 3,
  column: 7,
  field: 'name',
  message: 'is not allowed: “Grief\n::error file=README.md::pwned\u202Egnp.exe\u200B”',
};

describe('problem reports that a crafted value cannot abuse', () => {
  it('the plain report keeps each problem on one line, with controls, overrides and zero-width characters shown', () => {
    const line = formatProblem(crafted);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('Grief\\n::error file=README.md::pwned\\u202Egnp.exe\\u200B');
  });

  it('the annotation and the step summary cannot start a second workflow command or table row', () => {
    expect(formatAnnotation(crafted).split('\n')).toHaveLength(1);
    expect(formatAnnotation(crafted)).not.toContain('\u202E');
    const summary = formatStepSummary({ problems: [crafted], checked: {} as never });
    expect(summary.split('\n').filter((row) => row.startsWith('::'))).toEqual([]);
    expect(summary).not.toContain('\u202E');
  });
});
