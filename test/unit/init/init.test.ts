import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutDemoSpecifics } from '../../../src/lib/init/demo-text.ts';
import { initContent } from '../../../src/lib/init/init-content.ts';
import { readAnswers } from '../../../src/lib/init/read-answers.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';

const FLAGS = {
  region: 'Edinburgh',
  country: 'gb',
  timezone: 'europe/london',
  areas: 'Leith@55.975,-3.17; Portobello@55.953,-3.116',
  languages: 'en,es',
  repository: 'https://github.com/example/circles-edinburgh',
};
const US_LINES = [{ name: '988 Suicide & Crisis Lifeline', phone: '988', description: 'Call or text' }];

describe('reading the answers to npm run init', () => {
  it('reads the region from its areas, the canonical time zone, and the Pages address from the repository', () => {
    const { answers, areas } = readAnswers(FLAGS, US_LINES);
    expect(answers).toMatchObject({
      name: 'Circles Edinburgh',
      country: 'GB',
      timezone: 'Europe/London',
      url: 'https://example.github.io/circles-edinburgh/',
      centre: { latitude: 55.964, longitude: -3.143 },
      bounds: { south: 55.703, west: -3.42, north: 56.225, east: -2.866 },
    });
    expect(areas.map((area) => area.id)).toEqual(['leith', 'portobello']);
  });

  it('invents no crisis line outside the demo’s country, and keeps the national ones inside it', () => {
    expect(readAnswers(FLAGS, US_LINES).answers.crisisLines).toEqual([]);
    expect(readAnswers({ ...FLAGS, country: 'US' }, US_LINES).answers.crisisLines).toEqual(US_LINES);
    expect(
      readAnswers({ ...FLAGS, crisisLines: ['Samaritans|116123|Free, 24/7'] }, US_LINES).answers.crisisLines,
    ).toEqual([{ name: 'Samaritans', phone: '116123', description: 'Free, 24/7' }]);
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }, /time zone "Mars\/Olympus" is not an IANA time zone/],
    [{ country: 'UK' }, /country "UK" is not an ISO 3166 country code/],
    [{ areas: undefined }, /needs a map centre .* or its areas/],
    [{ areas: 'Leith@55.9' }, /is not a position — write latitude, longitude/],
    [{ languages: 'en,fr' }, /the interface exists in en, es/],
    [{ crisisLines: ['Line|not a number|24/7'] }, /"not a number" is not a phone number/],
    [{ crisisLines: ['Samaritans|116 12|24/7'] }, /"116 12" is too short for a phone number in GB/],
  ])('refuses %o, saying how to write it', (change, message) => {
    expect(() => readAnswers({ ...FLAGS, ...change }, US_LINES)).toThrow(message);
  });
});

describe('the demo’s guides and pages in a new directory', () => {
  const about =
    '---\ntitle: About\n---\n## Who we are\n\nA directory.\n\n## Demonstration copies\n\nIn the demo, Circles Chicago, the entries are made up.\n\n## More\n\nText.\n';

  it('lose the section about the demonstration', () => {
    expect(withoutDemoSpecifics(about, { lang: 'en', country: 'US' })).toBe(
      '---\ntitle: About\n---\n## Who we are\n\nA directory.\n\n## More\n\nText.\n',
    );
  });

  it('outside the US, say crisis help without US numbers, and drop other US-only passages', () => {
    const text =
      '---\ntitle: Safety\n---\nStay safe. If you are in danger, call **911**. It is free.\n\nIn the US, federal law covers this.\n\n- **211:** call 211.\n- Keep notes.\n';
    expect(withoutDemoSpecifics(text, { lang: 'en', country: 'GB' })).toBe(
      '---\ntitle: Safety\n---\nStay safe. If you are in crisis or in danger, call your local emergency number, or one of the crisis lines at the bottom of every page.\n\n- Keep notes.\n',
    );
  });
});

describe('npm run init on a copy of the demo', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'circles-init-'));
    await cp('content', root, { recursive: true });
    const { answers, areas } = readAnswers(FLAGS, US_LINES);
    await initContent(root, answers, areas, false);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('leaves a valid directory with no entries, the guides and pages kept, and no Chicago in it', async () => {
    const result = await validateContent(root);
    expect(result.problems).toEqual([]);
    expect(result.checked).toMatchObject({
      groups: 0,
      services: 0,
      organizations: 0,
      areas: 2,
      guides: 6,
      pages: 6,
    });
    const texts = await Promise.all(
      [
        'site.yaml',
        'areas.yaml',
        ...(await readdir(path.join(root, 'pages'))).map((name) => `pages/${name}`),
        ...(await readdir(path.join(root, 'guides'))).map((name) => `guides/${name}`),
      ].map((file) => readFile(path.join(root, file), 'utf8')),
    );
    expect(texts.join('\n')).not.toMatch(/Chicago|\b988\b|\b911\b|demo: true/);
  });

  it('refuses to run a second time over the new directory unless forced', async () => {
    const { answers, areas } = readAnswers(FLAGS, US_LINES);
    await expect(initContent(root, answers, areas, false)).rejects.toThrow(
      /is already set up for Circles Edinburgh \(demo: false\) — .* --force/,
    );
  });
});
