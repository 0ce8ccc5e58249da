import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useStrings } from '../../../src/i18n/index.ts';
import { GroupSchema } from '../../../src/schemas/group.ts';

const guide = await readFile('CONTRIBUTING.md', 'utf8');
const page = await readFile('content/pages/contribute.mdx', 'utf8');
const sample = (text: string) => /```yaml\n([\s\S]*?)```/.exec(text)?.[1] ?? '';

describe('CONTRIBUTING.md and the /contribute/ page', () => {
  it('tell the same method: the forms first, the web editor second, with the links as the site names them', () => {
    const { contribute } = useStrings('en').ui;
    for (const text of [guide, page]) {
      for (const label of [
        contribute.addGroup,
        contribute.suggestChange,
        contribute.reportClosed,
        contribute.editOnGitHub,
        contribute.addGroupFile,
        'Still correct',
      ])
        expect(text).toContain(`**${label}**`);
      expect(text.indexOf('## The easy way: fill in a form')).toBeGreaterThan(-1);
      expect(text.indexOf('## The easy way: fill in a form')).toBeLessThan(text.indexOf('## The second way'));
    }
  });

  it('explain the words a volunteer meets (YAML, id, pull request) where they first appear', () => {
    for (const text of [guide, page]) {
      expect(text).toMatch(/\*pull request\*: a proposed change|\*\*pull request\*\* — a proposed change/);
      expect(text).toMatch(/written in (?:\*\*)?YAML(?:\*\*)?[:,] (?:plain text|a simple format)/);
      expect(text).toMatch(/entry's (?:\*\*)?id(?:\*\*)?/);
    }
  });

  it('show the same complete example file, which the schema accepts', () => {
    expect(sample(guide)).toBe(sample(page));
    const result = GroupSchema.safeParse(parse(sample(guide)));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
