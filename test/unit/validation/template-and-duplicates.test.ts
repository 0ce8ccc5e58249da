import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryTemplate } from '../../../src/lib/contribute/entry-template.ts';
import { formatProblem } from '../../../src/lib/validation/report.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ root, remove } = await copyFixtureContent());
});
afterEach(() => remove());

const problemsIn = async (file: string) =>
  (await validateContent(root, { cwd: root })).problems.filter((p) => p.file === file).map(formatProblem);

describe('entries the validator refuses although their YAML is well formed', () => {
  it('a template with only the name changed: every placeholder line is named, with a fix', async () => {
    const template = entryTemplate('group', {
      name: 'Northgate Parents Circle',
      today: '2026-11-20',
      topic: 'grief',
      area: 'northgate',
    });
    await writeFile(path.join(root, 'groups/northgate-parents-circle.yaml'), template);
    const problems = await problemsIn('groups/northgate-parents-circle.yaml');
    const line = (text: string) => template.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^groups/northgate-parents-circle\\.yaml:${line('summary:')}:\\d+  summary  still holds the template's placeholder text — write the group's own words`,
        ),
      ),
      expect.stringMatching(new RegExp(`:${line('description:')}:\\d+  description  still holds`)),
      expect.stringMatching(
        new RegExp(
          `:${line('replace-this@')}:\\d+  contact\\.email  is the template's placeholder address — write the group's own shared address`,
        ),
      ),
    ]);
  });

  it('a second file for a group already listed, found by its name, and a copy with only the name changed', async () => {
    const original = await readFile(path.join(root, 'groups/riverside-grief-group.yaml'), 'utf8');
    await writeFile(
      path.join(root, 'groups/the-riverside-grief-group.yaml'),
      original.replace('name: Riverside Grief Group', 'name: The Riverside grief group'),
    );
    expect(await problemsIn('groups/the-riverside-grief-group.yaml')).toEqual([
      expect.stringContaining(
        '  name  is also the name of groups/riverside-grief-group.yaml — if this is the same group, change that file instead and delete this one',
      ),
    ]);

    const service = await readFile(path.join(root, 'services/northgate-legal-clinic.yaml'), 'utf8');
    await writeFile(
      path.join(root, 'services/northgate-housing-advice.yaml'),
      service
        .replace('name: Northgate legal clinic', 'name: Northgate housing advice')
        .replace(
          /^description: .*$/m,
          'description: Volunteer lawyers give free first advice; ongoing cases are charged on a sliding scale, as in the clinic.',
        ),
    );
    // Same venue, different words and no opening hours in common: two services may share a building.
    expect(await problemsIn('services/northgate-housing-advice.yaml')).toEqual([]);
    await writeFile(
      path.join(root, 'services/northgate-legal-aid.yaml'),
      service.replace('name: Northgate legal clinic', 'name: Northgate legal aid'),
    );
    expect(await problemsIn('services/northgate-legal-aid.yaml')).toEqual([
      expect.stringContaining(
        '  description  is the same as the description in services/northgate-legal-clinic.yaml',
      ),
    ]);
  });

  it('the same address at the same time is the same group, whatever its name', async () => {
    const base = (name: string, day: string) => `name: ${name}
summary: An evening circle.
description: Ours.
topics: [grief]
languages: [en]
led_by: peer
attendance: in_person
meetings:
  - byday: ${day}
    opens_at: "19:00"
    closes_at: "20:30"
location: { kind: address, address_1: 40 Yard Road, city: Lakeside, area: northgate, latitude: 41.9893, longitude: -87.6712 }
cost: free
last_verified: 2026-11-01
`;
    await writeFile(path.join(root, 'groups/yard-road-circle.yaml'), base('Yard Road Circle', 'TU'));
    await writeFile(
      path.join(root, 'groups/tuesday-grief-circle.yaml'),
      base('Tuesday Grief Circle', '[MO, TU]'),
    );
    await writeFile(
      path.join(root, 'groups/thursday-grief-circle.yaml'),
      base('Thursday Grief Circle', 'TH'),
    );
    expect(await problemsIn('groups/tuesday-grief-circle.yaml')).toEqual([
      expect.stringContaining(
        '  location.address_1  is the address of groups/yard-road-circle.yaml, which meets there at the same time',
      ),
    ]);
    expect(await problemsIn('groups/thursday-grief-circle.yaml')).toEqual([]);
  });
});
