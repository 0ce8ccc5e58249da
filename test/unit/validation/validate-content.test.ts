import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../../src/lib/validation/report.ts';
import { ContentRootNotFoundError, validateContent } from '../../../src/lib/validation/validate-content.ts';

const BROKEN = 'test/fixtures/broken';
const BASIC = 'test/fixtures/basic';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name).split(path.sep).join('/'))
    .sort();
}

describe('the broken fixture', () => {
  it('reports every problem with its file, line, field and fix', async () => {
    // The broken files are copies of one group, each with one mistake: that they are copies of each other
    // (same name, same description) is the duplicate rule's business, tested in template-and-duplicates.
    const result = await validateContent(BROKEN);
    const copies =
      /is also the name of test\/fixtures\/broken|is the same as the description in test\/fixtures\/broken|is the address of test\/fixtures\/broken/;
    const mistakes = {
      ...result,
      problems: result.problems.filter((problem) => !copies.test(problem.message)),
    };
    expect(formatReport(mistakes)).toMatchInlineSnapshot(`
      "test/fixtures/broken/areas.yaml:2:7  0.id  "uptown" is also the id of "Uptown North" in this file — give each area its own id
      test/fixtures/broken/areas.yaml:8:7  2.id  "uptown" is also the id of "Uptown" in this file — give each area its own id
      test/fixtures/broken/groups/Bad_Name.yaml:1:1  (file)  has a name that is not a valid id — rename it to bad-name.yaml: lowercase letters, digits and single hyphens (the file name is the entry's id and web address)
      test/fixtures/broken/groups/bad-byday.yaml:11:12  meetings.0.byday  "TUE" is not a day — use MO TU WE TH FR SA SU; for monthly rules put the week first: 2TU = second Tuesday, -1FR = last Friday
      test/fixtures/broken/groups/bad-enum.yaml:8:9  led_by  is not one of the allowed values — did you mean peer? (use one of: peer, professional, co-facilitated)
      test/fixtures/broken/groups/bad-phone.yaml:25:10  contact.phone  is too short for a phone number in US — check for a missing digit; include the area code, like (312) 555-0142, and write short codes like 988 without spaces
      test/fixtures/broken/groups/bad-translation.yaml:5:12  summary.espanol  "espanol" is not a language tag — use a BCP 47 code such as en, es or ar before the colon
      test/fixtures/broken/groups/bad-translation.yaml:6:18  content_warning  is empty — write the text, or one line per language like "en: …" and "es: …"
      test/fixtures/broken/groups/byte-order-mark.yaml:26:7  cost  is not one of the allowed values — did you mean free? (write free, donation or a set of fields)
      test/fixtures/broken/groups/closes-before-opens.yaml:13:16  meetings.0.closes_at  ends (18:00) before it starts (18:30) — check the times; use the 24-hour clock, so 7 pm is "19:00"
      test/fixtures/broken/groups/coordinates-on-request.yaml:17:13  location.latitude  is not allowed when kind is on_request — the content folder is public on GitHub, so anything written here is published; delete it; people contact the group to learn where it meets
      test/fixtures/broken/groups/coordinates-on-request.yaml:18:14  location.longitude  is not allowed when kind is on_request — the content folder is public on GitHub, so anything written here is published; delete it; people contact the group to learn where it meets
      test/fixtures/broken/groups/dangling-references.yaml:6:17  topics.1  names topic "grif", which is not in test/fixtures/broken/topics.yaml — did you mean grief?
      test/fixtures/broken/groups/dangling-references.yaml:19:9  location.area  names area "uptwn", which is not in test/fixtures/broken/areas.yaml — did you mean uptown?
      test/fixtures/broken/groups/dangling-references.yaml:27:15  organization  names organization "lakeshore-postive", which has no file test/fixtures/broken/organizations/lakeshore-postive.yaml — did you mean lakeshore-positive?
      test/fixtures/broken/groups/duplicate-key.yaml:27:1  name  is given twice, on lines 2 and 27 — keep one of them (only the last one would count)
      test/fixtures/broken/groups/empty.yaml:1:1  (file)  is empty — copy another file in groups/ as a start and change its details
      test/fixtures/broken/groups/fee-without-description.yaml:26:7  cost  is a fee without a description — add description: with the amount and any sliding scale
      test/fixtures/broken/groups/future-last-verified.yaml:27:16  last_verified  is in the future — write the date you checked the entry, today or earlier
      test/fixtures/broken/groups/html-in-name.yaml:2:7  name  contains HTML — write plain text; pages show text exactly as written
      test/fixtures/broken/groups/huge-value.yaml:3:10  summary  is too long — keep it under 200 characters
      test/fixtures/broken/groups/hybrid-without-online.yaml:2:1  online  is missing but attendance is hybrid — add online: with url, phone or link_on_request: true
      test/fixtures/broken/groups/invalid-syntax.yaml:3:10  (file)  has a colon and a space inside a value, which YAML reads as a new field — put the whole value in double quotes, like summary: "Peer support: every Tuesday"
      test/fixtures/broken/groups/javascript-url.yaml:26:12  contact.website  uses "javascript:", which is not allowed — use an https:// address (phones and emails have their own fields)
      test/fixtures/broken/groups/latitude-out-of-range.yaml:20:13  location.latitude  is above 90 — a latitude is between -90 and 90; did you swap latitude and longitude?
      test/fixtures/broken/groups/list-instead-of-map.yaml:2:1  (file)  should be a set of fields, not a list — remove the "- " in front of the first field
      test/fixtures/broken/groups/missing-last-verified.yaml:2:1  last_verified  is missing — add it; write it as YYYY-MM-DD, like 2026-03-14
      test/fixtures/broken/groups/notes.txt:1:1  (file)  is not a YAML file, so it will be ignored — move it out of groups/, or if it is an entry, save it as notes.yaml
      test/fixtures/broken/groups/number-not-text.yaml:6:9  topics  should be a list, not text — write it in brackets, like [grief], or put each item on its own line starting with "- "
      test/fixtures/broken/groups/number-not-text.yaml:19:16  location.postal_code  should be text, not a number — put it in quotes: "60640"
      test/fixtures/broken/groups/old-extension.yml:1:1  (file)  ends in .yml, so it will be ignored — rename it to old-extension.yaml
      test/fixtures/broken/groups/seven-pm.yaml:12:15  meetings.0.opens_at  is not a time — write it as "HH:MM" on the 24-hour clock, like "19:00" or "07:30"
      test/fixtures/broken/groups/street-on-area-location.yaml:16:14  location.address_1  is not allowed when kind is area — the content folder is public on GitHub, so anything written here is published; delete it (the map shows the area centre, marked approximate) or use kind: address if the venue is public
      test/fixtures/broken/groups/swapped-coordinates.yaml:20:13  location.latitude  is outside Chicago — latitude and longitude look swapped: write latitude: 41.9662 and longitude: -87.6541
      test/fixtures/broken/groups/tab-indented.yaml:19:1  (file)  is indented with a tab — YAML needs spaces, not tabs: indent with two spaces per level
      test/fixtures/broken/groups/unknown-key.yaml:27:1  newcomer  is not a field here — did you mean \`newcomers\`?
      test/fixtures/broken/groups/windows-line-endings.yaml:9:13  attendance  is not one of the allowed values — did you mean in_person? (use one of: in_person, online, hybrid)
      test/fixtures/broken/guides/missing-title.mdx:2:1  title  is missing — add it; it is required
      test/fixtures/broken/guides/missing-title.mdx:3:1  titel  is not a field here — did you mean \`title\`?
      test/fixtures/broken/guides/no-front-matter.mdx:1:1  (file)  has no front matter — start the file with a line of three dashes (---), then title: and summary:, then another --- line
      test/fixtures/broken/organizations/Harbor-Clinic.yml:1:1  (file)  ends in .yml, so it will be ignored — rename it to harbor-clinic.yaml
      test/fixtures/broken/organizations/lakeshore-positive.yaml:7:11  phones.0.type  is not one of the allowed values — use one of: voice, text, tty, fax
      test/fixtures/broken/pages/about.mdx:4:8  order  should be a number, not text — remove the quotes
      test/fixtures/broken/services/bad-category.yaml:5:14  categories.0  is not one of the allowed values — did you mean testing? (use one of: testing, clinic, mental-health-care, harm-reduction, addiction-treatment, legal, housing, benefits, food, crisis-line, employment, case-management, reentry-support, family-support)
      test/fixtures/broken/services/hours-rule-error.yaml:13:16  hours.0.closes_at  ends (09:00) before it starts (17:00) — check the times; use the 24-hour clock, so 7 pm is "19:00"
      test/fixtures/broken/services/hours-typo.yaml:10:8  hours  is not one of the allowed values — did you mean 24/7? (write 24/7, by_appointment or a list)
      test/fixtures/broken/site.yaml:24:12  crisis_lines.1.phone  is too short for a phone number in US — check for a missing digit; include the area code, like (312) 555-0142, and write short codes like 988 without spaces
      test/fixtures/broken/synonyms.yaml:3:12  0.topics.0  names topic "greif", which is not in test/fixtures/broken/topics.yaml — did you mean grief?
      test/fixtures/broken/topics.yaml:5:3  1.label  is missing — add it, as text or one text per language (en: …, es: …)
      test/fixtures/broken/topics.yaml:6:3  1.lable  is not a field here — did you mean \`label\`?

      50 problems in 42 files"
    `);
  });

  it('yields at least one problem for every file in it', async () => {
    const result = await validateContent(BROKEN);
    const reported = new Set(result.problems.map((problem) => problem.file));
    const files = await filesUnder(BROKEN);
    expect([...reported].sort()).toEqual(files);
  });

  it('lists problems by file, then line', async () => {
    const { problems } = await validateContent(BROKEN);
    const order = problems.map((problem) => [problem.file, problem.line] as const);
    const sorted = [...order].sort(([fileA, lineA], [fileB, lineB]) =>
      fileA === fileB ? lineA - lineB : fileA < fileB ? -1 : 1,
    );
    expect(order).toEqual(sorted);
  });
});

describe('valid content', () => {
  it('the basic fixture has no problems, and the summary counts its entries', async () => {
    const result = await validateContent(BASIC);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(formatReport(result)).toBe(
      'Content is valid: 10 groups, 4 services, 2 organizations, 3 topics, 3 areas, 2 guides and 4 pages checked.',
    );
  });
});

describe('odd content folders', () => {
  let folder: string;
  const make = async (files: Record<string, string>) => {
    folder = await mkdtemp(path.join(tmpdir(), 'circles-validate-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
      await writeFile(path.join(folder, name), text);
    }
    return folder;
  };
  const lines = async (root: string) =>
    (await validateContent(root, { cwd: root })).problems.map((problem) => formatProblem(problem));
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('says which of site.yaml, topics.yaml and areas.yaml are missing, and asks to rename a .yml one', async () => {
    const root = await make({ 'site.yml': '- name: x\n', 'groups/.gitkeep': '' });
    expect(await lines(root)).toEqual([
      expect.stringMatching(/^areas\.yaml:1:1 {2}\(file\) {2}is missing — create it/),
      expect.stringMatching(
        /^site\.yml:1:1 {2}\(file\) {2}is not read under this name — rename it to site\.yaml$/,
      ),
      expect.stringMatching(/^site\.yml:1:1 {2}\(file\) {2}should be a set of fields, not a list/),
      expect.stringMatching(/^topics\.yaml:1:1 {2}\(file\) {2}is missing — create it/),
    ]);
  });

  it('points out a settings file under a name that is not read', async () => {
    const root = await make({
      'topics.yaml': '- id: hiv\n  label: HIV\n  description: Living with HIV.\n',
      'topic.yml': '',
    });
    expect((await lines(root)).filter((line) => line.startsWith('topic.'))).toEqual([
      'topic.yml:1:1  (file)  is not one of the content files, so it is not read — did you mean topics.yaml?',
    ]);
  });

  it('refuses a file far too big to be an entry without reading it', async () => {
    const root = await make({ 'groups/huge.yaml': `name: ${'x'.repeat(1_200_000)}\n` });
    expect((await lines(root)).filter((line) => line.startsWith('groups/'))).toEqual([
      'groups/huge.yaml:1:1  (file)  is 1.2 MB — an entry is a few kilobytes; check that nothing was pasted into it by mistake',
    ]);
  });

  it('follows no link, even one that loops, and says why', async () => {
    const root = await make({});
    await mkdir(path.join(root, 'groups'));
    await symlink('loop.yaml', path.join(root, 'groups', 'loop.yaml'));
    expect((await lines(root)).filter((line) => line.startsWith('groups/'))).toEqual([
      'groups/loop.yaml:1:1  (file)  is a symbolic link, which is not followed (it could publish a file from outside the content folder) — put the file itself here instead of a link',
    ]);
  });

  it('points out a misspelt collection folder and a folder inside a collection', async () => {
    const root = await make({ 'group/a.yaml': 'name: x\n', 'services/old/a.yaml': 'name: x\n' });
    const found = await lines(root);
    expect(found).toContain(
      'group:1:1  (file)  is not a content folder, so nothing in it is read — did you mean groups/? Move the files there',
    );
    expect(found).toContain(
      'services/old:1:1  (file)  is a folder inside services/, and folders there are not read — move its files up into services/',
    );
  });

  it('throws a typed error when the content folder does not exist', async () => {
    await expect(validateContent('test/fixtures/no-such-folder')).rejects.toBeInstanceOf(
      ContentRootNotFoundError,
    );
  });
});
