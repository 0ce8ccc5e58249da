import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { placeHints } from '../../../src/lib/privacy/place-hints.ts';
import { formatProblem } from '../../../src/lib/validation/report.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

describe('what in free text gives a place away', () => {
  it('finds street addresses, coordinate pairs and map links with a position', () => {
    expect(placeHints('Use the side entrance at 120 Mill Street.')).toEqual([
      { kind: 'street', text: '120 Mill Street.' },
    ]);
    expect(placeHints('Ring at 4544 N Broadway, second floor')).toEqual([
      { kind: 'street', text: '4544 N Broadway' },
    ]);
    expect(placeHints('Meet at 41.9216, -87.7013 by the gate')).toEqual([
      { kind: 'coordinates', text: '41.9216, -87.7013' },
    ]);
    expect(placeHints('https://www.google.com/maps/@41.9216,-87.7013,17z')[0]?.kind).toBe('map link');
    expect(placeHints('https://www.openstreetmap.org/?mlat=41.9216&mlon=-87.7013')[0]?.kind).toBe('map link');
  });

  it('leaves ordinary sentences alone', () => {
    for (const text of [
      'We follow the 12 Steps together.',
      'Call (312) 555-0100 after 5 pm.',
      'Near the Red Line, in Uptown; ask the facilitators where.',
      'https://meet.example.org/room/2026',
      'Meets on the 2nd Tuesday, 6:30 pm.',
    ])
      expect(placeHints(text), text).toEqual([]);
  });
});

describe('the validator, for a group whose place is private', () => {
  let root: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ root, remove } = await copyFixtureContent());
  });
  afterEach(() => remove());

  it('refuses a street in the directions and a position in a meeting note, naming line and field', async () => {
    const file = path.join(root, 'groups/riverside-grief-group.yaml');
    const data = parse(await readFile(file, 'utf8'));
    expect(data.location.kind).toBe('area');
    data.location.directions = 'Side door of 120 Mill Street';
    data.meetings[0].notes = 'Meet at 41.9216, -87.7013';
    await writeFile(file, stringify(data));
    const problems = (await validateContent(root, { cwd: root })).problems.map(formatProblem);
    // In file order: the meeting comes before the location in this file.
    expect(problems).toEqual([
      expect.stringMatching(
        /^groups\/riverside-grief-group\.yaml:\d+:\d+ {2}meetings\.0\.notes {2}holds a map position \("41\.9216, -87\.7013"\)/,
      ),
      expect.stringMatching(
        / {2}location\.directions {2}looks like a street address \("120 Mill Street"\), but this group's place is private — take it out/,
      ),
    ]);
  });
});
