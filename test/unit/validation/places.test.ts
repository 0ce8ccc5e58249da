import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';

const folder = mkdtempSync(join(tmpdir(), 'circles-places-'));
cpSync('test/fixtures/basic', folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('places.yaml, the gazetteer "near" reads', () => {
  it('is checked like any other file: kind, area and a centre inside the region, with line numbers', async () => {
    writeFileSync(
      join(folder, 'places.yaml'),
      [
        '- name: Lakeside Station',
        '  kind: landmark',
        '  centre: { latitude: 41.9, longitude: -87.7 }',
        '- name: "60601"',
        '  kind: zipcode',
        '  centre: { latitude: 41.88, longitude: -87.62 }',
        '- name: Faraway',
        '  kind: town',
        '  area: northgat',
        '  centre: { latitude: 40.1, longitude: -87.7 }',
        '',
      ].join('\n'),
    );
    const { problems } = await validateContent(folder, { cwd: folder });
    const shown = problems.map(
      (problem) => `${problem.file}:${problem.line} ${problem.field} ${problem.message}`,
    );
    expect(shown).toEqual([
      'places.yaml:5 1.kind is not one of the allowed values — use one of: neighbourhood, postcode, landmark, town',
      'places.yaml:9 2.area names area "northgat", which is not in ./areas.yaml — did you mean northgate?',
      expect.stringMatching(/^places\.yaml:10 2\.centre\.latitude is outside Lakeside/),
    ]);
  });
});
