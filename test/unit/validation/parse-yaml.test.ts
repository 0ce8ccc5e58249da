import { describe, expect, it } from 'vitest';
import { extractFrontMatter } from '../../../src/lib/validation/front-matter.ts';
import { parseYaml } from '../../../src/lib/validation/parse-yaml.ts';

const text = [
  '# a comment',
  'name: Circle',
  'location:',
  '  kind: area',
  '  area: uptown',
  'meetings:',
  '  - byday: TU',
  '',
];

describe('reading YAML with positions', () => {
  it('points at a value, at a key, and for a missing field at the key of the map that should hold it', () => {
    const parsed = parseYaml(text.join('\n'));
    expect(parsed.locate(['location', 'area'], 'value')).toEqual({ line: 5, column: 9 });
    expect(parsed.locate(['location', 'area'], 'key')).toEqual({ line: 5, column: 3 });
    expect(parsed.locate(['location', 'latitude'], 'value')).toEqual({ line: 3, column: 1 });
    expect(parsed.locate(['meetings', 0, 'opens_at'], 'value')).toEqual({ line: 7, column: 5 });
    expect(parsed.locate(['last_verified'], 'value')).toEqual({ line: 2, column: 1 });
  });

  it('gives the same positions with a byte order mark and Windows line endings', () => {
    const parsed = parseYaml(`\uFEFF${text.join('\r\n')}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({
      name: 'Circle',
      location: { kind: 'area', area: 'uptown' },
      meetings: [{ byday: 'TU' }],
    });
    expect(parsed.locate(['location', 'area'], 'value')).toEqual({ line: 5, column: 9 });
  });

  it('explains a tab used for indentation and reads no data from the file', () => {
    const parsed = parseYaml('location:\n\tkind: area\n');
    expect(parsed.readable).toBe(false);
    expect(parsed.problems).toEqual([
      { line: 2, column: 1, path: [], message: expect.stringContaining('YAML needs spaces, not tabs') },
    ]);
  });

  it('reports a key given twice with both lines', () => {
    const parsed = parseYaml('name: One\ncost: free\nname: Two\n');
    expect(parsed.readable).toBe(true);
    expect(parsed.problems).toEqual([
      {
        line: 3,
        column: 1,
        path: ['name'],
        message: expect.stringContaining('is given twice, on lines 1 and 3'),
      },
    ]);
  });

  it('reports a syntax error once, at its line, in plain words', () => {
    const parsed = parseYaml('name: Circle\nsummary: Grief: every Tuesday\ncost: free\n');
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('double quotes') });
  });

  it('calls blank, comment-only and null files empty', () => {
    for (const source of ['', '\n\n', '# nothing yet\n', 'null\n']) {
      expect(parseYaml(source)).toMatchObject({ readable: true, empty: true, data: undefined });
    }
  });

  it('refuses a document that expands aliases without end', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ];
    const parsed = parseYaml(bomb.join('\n'));
    expect(parsed.readable).toBe(false);
    expect(parsed.problems[0]?.message).toContain('aliases');
  });

  it('explains an alias that has no anchor', () => {
    expect(parseYaml('name: *title\n').problems).toEqual([
      {
        line: 1,
        column: 1,
        path: [],
        message: 'uses the alias *title, but no &title is set above it — write the value out instead',
      },
    ]);
  });

  it('explains a quote left open and a missing colon', () => {
    expect(parseYaml('name: "Circle\n').problems[0]?.message).toContain('a quote that is never closed');
    expect(parseYaml('name: Circle\nsummary\ncost: free\n').problems[0]?.message).toMatch(/colon/);
  });

  it('shifts front matter lines by the opening --- line', () => {
    const frontMatter = extractFrontMatter('---\r\ntitle: About\r\n---\r\nBody');
    expect(frontMatter).toEqual({ yaml: 'title: About', firstLine: 2, body: 'Body' });
    if ('yaml' in frontMatter) {
      expect(parseYaml(frontMatter.yaml, frontMatter.firstLine).locate(['title'], 'value')).toEqual({
        line: 2,
        column: 8,
      });
    }
  });

  it('says when front matter is missing or never closed', () => {
    expect(extractFrontMatter('# Title\n')).toEqual({
      problem: expect.stringContaining('has no front matter'),
    });
    expect(extractFrontMatter('---\ntitle: x\n')).toEqual({
      problem: expect.stringContaining('never closed'),
    });
  });
});
