import { describe, expect, it } from 'vitest';
import type { Problem, ValidationResult } from '../../../src/lib/validation/problem.ts';
import {
  formatAnnotation,
  formatProblem,
  formatReport,
  formatStepSummary,
  formatSummary,
} from '../../../src/lib/validation/report.ts';

const problem: Problem = {
  file: 'content/groups/a,b.yaml',
  line: 12,
  column: 5,
  field: 'meetings.0.closes_at',
  message: 'ends (18:00) before it starts (19:00) — 100% sure\nsecond line | with a pipe',
};
const checked = {
  site: 1,
  topics: 14,
  areas: 11,
  organizations: 12,
  groups: 41,
  services: 26,
  guides: 5,
  pages: 3,
  synonyms: 0,
  places: 0,
};
const failing: ValidationResult = { problems: [problem, { ...problem, file: 'content/site.yaml' }], checked };
const passing: ValidationResult = { problems: [], checked };

describe('the report', () => {
  it('prints one line per problem as file:line:col, field, message', () => {
    expect(formatProblem({ ...problem, message: 'is empty — write some text' })).toBe(
      'content/groups/a,b.yaml:12:5  meetings.0.closes_at  is empty — write some text',
    );
  });

  it('ends with how many problems in how many files, or what was checked', () => {
    expect(formatSummary(failing)).toBe('2 problems in 2 files');
    expect(formatSummary({ problems: [problem], checked })).toBe('1 problem in 1 file');
    expect(formatReport(passing)).toBe(
      'Content is valid: 41 groups, 26 services, 12 organizations, 14 topics, 11 areas, 5 guides and 3 pages checked.',
    );
    expect(formatReport(failing).split('\n').slice(-2)).toEqual(['', '2 problems in 2 files']);
  });

  it('writes GitHub annotations with properties and message escaped', () => {
    expect(formatAnnotation(problem)).toBe(
      '::error file=content/groups/a%2Cb.yaml,line=12,col=5,title=meetings.0.closes_at::ends (18:00) before it starts (19:00) — 100%25 sure%0Asecond line | with a pipe',
    );
    expect(formatAnnotation({ ...problem, field: 'a:b', message: 'x\r\ny' })).toContain(
      ',title=a%3Ab::x%0D%0Ay',
    );
  });

  it('writes a Markdown table for the job summary, with pipes and line breaks escaped', () => {
    expect(formatStepSummary({ problems: [problem], checked })).toBe(
      [
        '## Content check',
        '',
        '1 problem in 1 file',
        '',
        '| File | Line | Field | Problem |',
        '| --- | ---: | --- | --- |',
        '| `content/groups/a,b.yaml` | 12 | `meetings.0.closes_at` | ends (18:00) before it starts (19:00) — 100% sure second line \\| with a pipe |',
        '',
        '',
      ].join('\n'),
    );
    expect(formatStepSummary(passing)).toContain('Content is valid');
    expect(formatStepSummary(passing)).not.toContain('| File |');
  });
});
