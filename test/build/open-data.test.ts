import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readBuiltFiles } from '../../src/integrations/location-audit.ts';
import { checkOpenData } from '../../src/lib/open-data/check/check-open-data.ts';
import { page } from '../support/built-site.ts';
import { DEMO_OUT, FIXTURE_OUT } from '../support/fixture-site.ts';

const EXPORTS = /^(hsds\/|calendars\/|[a-z]{2}\/calendars\/|meeting-guide\.json$|places\.geojson$|sitemap)/;

/** Every export file under a built site, by path, as bytes. */
function exportFiles(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, item.name);
      const path = relative(root, full).split(sep).join('/');
      if (item.isDirectory()) walk(full);
      else if (EXPORTS.test(path)) found.set(path, readFileSync(full));
    }
  };
  walk(root);
  return found;
}

const asText = (files: Map<string, Buffer>) =>
  [...files]
    .filter(([path]) => /\.(json|csv)$/.test(path))
    .map(([path, bytes]) => ({ path, text: bytes.toString('utf8') }));

describe('the open data of a built site', () => {
  const files = exportFiles(FIXTURE_OUT);

  it('follows HSDS 3.0 (JSON schemas, CSV columns and keys, the zip) and the Meeting Guide rules, in the fixture and the demo', () => {
    for (const root of [FIXTURE_OUT, DEMO_OUT]) {
      const built = exportFiles(root);
      expect(
        checkOpenData(asText(built), (path) => built.get(path)),
        root,
      ).toEqual([]);
      expect([...built.keys()].filter((path) => path.startsWith('hsds/services/')).length).toBeGreaterThan(5);
    }
  });

  it('check:open-data names the file, the entry and the field of a broken export', () => {
    const broken = asText(files).map((file) => {
      if (
        file.path.startsWith('hsds/services/') &&
        file.text.includes('"circles_id":"riverside-grief-group"')
      )
        return { ...file, text: file.text.replace('"status":"active"', '"status":"open"') };
      if (file.path === 'hsds/csv/phones.csv')
        return { ...file, text: file.text.replace('id,location_id', 'location_id,id') };
      return file;
    });
    const problems = checkOpenData(broken, (path) => files.get(path)).join('\n');
    expect(problems).toMatch(
      /hsds\/services\/[0-9a-f-]+\.json \(group riverside-grief-group\) \/status: must be equal to one of the allowed values/,
    );
    expect(problems).toContain('hsds/csv/phones.csv: columns are location_id,id,');
    const cli = spawnSync('node_modules/.bin/node', ['scripts/check-open-data.ts', '--dir', FIXTURE_OUT], {
      encoding: 'utf8',
    });
    expect(cli.stdout + cli.stderr).toContain('follow HSDS 3.0');
    expect(cli.status).toBe(0);
  });

  it('gives every active group an "Add to calendar" that leads to a calendar ical.js reads, in each language', () => {
    for (const prefix of ['', '/es']) {
      const link = page(`${prefix}/groups/positive-living-circle/`).querySelector(
        '.add-to-calendar a[download]',
      );
      const href = link?.getAttribute('href') ?? '';
      expect(href).toBe(`${prefix}/calendars/groups/positive-living-circle.ics`);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_OUT, href), 'utf8')));
      expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    }
    const subscribe = page('/groups/positive-living-circle/').querySelector(
      '.add-to-calendar a:not([download])',
    );
    expect(subscribe?.getAttribute('href')).toBe(
      'webcal://lakeside-circles.example.org/calendars/groups/positive-living-circle.ics',
    );
    expect(page('/groups/northgate-recovery-circle/').querySelector('.add-to-calendar')).toBeNull();
    for (const [path, bytes] of files)
      if (path.endsWith('.ics')) expect(() => ICAL.parse(bytes.toString('utf8')), path).not.toThrow();
  });

  it('puts schema.org JSON-LD in every entry page: an event series for a group, a service for a service', () => {
    const ld = (url: string) =>
      JSON.parse(page(url).querySelector('script[type="application/ld+json"]')?.text ?? '{}');
    expect(ld('/groups/positive-living-circle/')).toMatchObject({
      '@type': 'EventSeries',
      eventSchedule: [{ byDay: ['https://schema.org/Tuesday'] }],
    });
    expect(ld('/services/northgate-legal-clinic/')).toMatchObject({ '@type': 'Service' });
    expect(ld('/groups/northgate-hearing-voices/').location).toBeUndefined();
  });

  it('lists every export on the open-data page in both languages, each link leading to a file', () => {
    for (const prefix of ['', '/es']) {
      const links = page(`${prefix}/open-data/`)
        .querySelectorAll('dd a')
        .map((a) => a.getAttribute('href') ?? '');
      expect(links).toContain('/meeting-guide.json');
      for (const href of links)
        expect(
          existsSync(join(FIXTURE_OUT, href)) || existsSync(join(FIXTURE_OUT, href, 'index.html')),
          href,
        ).toBe(true);
    }
    // The page counts organisations without making the dataset: the count is the export's own.
    const organizations = JSON.parse(readFileSync(join(FIXTURE_OUT, 'hsds/organizations.json'), 'utf8'));
    expect(page('/open-data/').querySelector('[data-count="hsds"]')?.text).toContain(
      `from ${organizations.total_items} organizations`,
    );
    expect(page('/es/open-data/').querySelector('[data-count="hsds"]')?.text).toContain(
      `de ${organizations.total_items} organizaciones`,
    );
    expect(page('/open-data/').querySelector('[data-count="meetingGuide"]')?.text).toMatch(
      /^\d+ weekly meetings? of \d+ groups?/,
    );
    expect(
      page('/').querySelector('link[rel="alternate"][title="Meetings Feed"]')?.getAttribute('href'),
    ).toBe('/meeting-guide.json');
    expect(readFileSync(join(FIXTURE_OUT, '_headers'), 'utf8')).toMatch(
      /\/meeting-guide\.json\n {2}Access-Control-Allow-Origin: \*/,
    );
  });

  it('is read in full by the location audit: calendars, feeds, GeoJSON, HSDS JSON, CSV and the zip’s contents', () => {
    const read = readBuiltFiles(FIXTURE_OUT).map((file) => file.path);
    for (const expected of [
      'calendars/groups/',
      'es/calendars/topics/',
      'meeting-guide.json',
      'places.geojson',
      'hsds/services/',
      'hsds/csv/locations.csv',
      'hsds/hsds-csv.zip/locations.csv',
    ])
      expect(
        read.some((path) => path.startsWith(expected)),
        expected,
      ).toBe(true);
  });

  // A second build of the same content is byte-identical, exports included: test/build/content-door.test.ts.
});
