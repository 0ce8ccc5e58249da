import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/lib/import/run-import.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { emptyFolder, importFile } from '../../support/run-import.ts';

/** Open Referral's own HSDS 3.0 example data, in both forms: it imports, and its oddities are reported. */
const EXAMPLES = 'test/fixtures/import/hsds-3.0-examples';
const results = new Map<string, { result: ImportResult; problems: number }>();
const removals: (() => Promise<void>)[] = [];

beforeAll(async () => {
  for (const input of ['csv', 'service_full.json', 'organization_full.json']) {
    const { folder, remove } = await emptyFolder();
    removals.push(remove);
    const result = await importFile('hsds', path.join(EXAMPLES, input), { out: folder });
    results.set(input, { result, problems: (await validateContent(folder)).problems.length });
  }
});
afterAll(async () => {
  for (const remove of removals) await remove();
});

const notesOf = (input: string) =>
  results
    .get(input)
    ?.result.plan.files.flatMap((file) => file.notes)
    .join('\n') ?? '';

describe.each(['csv', 'service_full.json', 'organization_full.json'])('the HSDS 3.0 example %s', (input) => {
  it('imports the service and its organisation into a folder that validates', () => {
    const { result, problems } = results.get(input) as { result: ImportResult; problems: number };
    expect(result.plan.files.map((file) => file.path).sort()).toEqual([
      'organizations/example-organization-inc.yaml',
      'services/community-counselling.yaml',
    ]);
    expect(problems).toBe(0);
  });

  it('reports the example data’s inconsistencies instead of writing them', () => {
    const notes = notesOf(input);
    expect(notes).toMatch(/latitude "?100"? is above 90 .*; the position is left out/);
    expect(notes).toMatch(/street "1-30 Main Street" not written: the location has no usable position/);
    expect(notes).toMatch(
      /contact name "Ann Persona" not written \(the content folder is public\); written as the role "Reception Manager"/,
    );
    expect(notes).toMatch(/phone ""\+44 1234 234567"" had quotes or tel:; written as \+44 1234 234567/);
    expect(notes).toMatch(/schedule 1: timezone 3 is a UTC offset/);
    expect(notes).toMatch(/schedule 1: ended on 2005-01-01/);
    expect(notes).toMatch(/no category of ours; written as case-management/);
  });

  it('never writes the people the example names (a contact, an address’s attention line)', () => {
    const texts =
      results
        .get(input)
        ?.result.plan.files.map((file) => file.text)
        .join('\n') ?? '';
    expect(texts).not.toMatch(/Persona/);
  });
});
