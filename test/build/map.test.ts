import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../src/lib/map/map-data.ts';
import { allPages, fixtureEntries, page } from '../support/built-site.ts';
import { FIXTURE_OUT } from '../support/fixture-site.ts';

const assets = join(FIXTURE_OUT, '_astro');
const source = (file: string) => readFileSync(join(assets, file), 'utf8');
const chunks = readdirSync(assets).filter((file) => file.endsWith('.js'));
/** The chunk that holds Leaflet itself: its attribution prefix links to leafletjs.com. */
const leafletChunks = new Set(chunks.filter((file) => source(file).includes('leafletjs.com')));

/** Chunks a script pulls in, following `import … from` only (static) or every chunk it names (dynamic too). */
function graph(start: string, withDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = source(file);
    const staticImports = [
      ...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g),
    ];
    const named = withDynamic ? [...code.matchAll(/["'`](?:_astro\/|\.\/)([\w.-]+\.js)["'`]/g)] : [];
    for (const match of [...staticImports, ...named]) if (match[1]) visit(match[1]);
  };
  visit(start);
  return seen;
}

/** A built HTML file by its path under the output folder, such as /groups/index.html or /404.html. */
const html = (file: string) => parse(readFileSync(join(FIXTURE_OUT, file), 'utf8'));

const scriptsOf = (file: string) =>
  html(file)
    .querySelectorAll('script[src^="/_astro/"]')
    .map((script) => basename(script.getAttribute('src') ?? ''));

const mapData = JSON.parse(readFileSync(join(FIXTURE_OUT, 'data/map.json'), 'utf8')) as MapData;

describe('where Leaflet is loaded', () => {
  it('Leaflet is bundled from our own origin, in a chunk of its own', () => {
    expect(leafletChunks.size).toBe(1);
  });

  it('no page loads Leaflet up front, and only pages that show a map can load it at all', () => {
    const canLoad: string[] = [];
    for (const file of allPages()) {
      const path = file.replace(/index\.html$/, '');
      const scripts = scriptsOf(file);
      const upFront = scripts.flatMap((script) => [...graph(script, false)]);
      expect(
        upFront.filter((chunk) => leafletChunks.has(chunk)),
        path,
      ).toEqual([]);
      expect(html(file).querySelectorAll('link[href*="leaflet"]'), path).toEqual([]);
      const onDemand = scripts.flatMap((script) => [...graph(script, true)]);
      if (!onDemand.some((chunk) => leafletChunks.has(chunk))) continue;
      canLoad.push(path);
      expect(html(file).querySelector('circles-map, circles-mini-map'), path).not.toBeNull();
    }
    expect(canLoad).toContain('/map/');
    expect(canLoad).not.toContain('/');
    expect(canLoad).not.toContain('/groups/');
  });

  it('an entry with no public place has no mini map and no directions', () => {
    expect(page('/groups/northgate-hearing-voices/').querySelector('circles-mini-map')).toBeNull();
    expect(page('/groups/online-mood-support/').querySelector('circles-mini-map')).toBeNull();
    expect(page('/groups/positive-living-circle/').querySelector('circles-mini-map')).not.toBeNull();
  });
});

describe('the map data file', () => {
  it('holds no entry whose location is on request or that meets only online', () => {
    const unplaced = [...fixtureEntries('groups'), ...fixtureEntries('services')]
      .filter((entry) => entry.data.location?.kind !== 'address' && entry.data.location?.kind !== 'area')
      .map((entry) => entry.id);
    const online = fixtureEntries('groups')
      .filter((entry) => entry.data.attendance === 'online')
      .map((entry) => entry.id);
    expect(unplaced).toContain('northgate-hearing-voices');
    const ids = mapData.entries.map((entry) => entry.id);
    for (const id of [...unplaced, ...online]) expect(ids).not.toContain(id);
    expect(JSON.stringify(mapData)).not.toMatch(/address_1|Yard Road/);
  });

  it('the map page says how many entries are listed elsewhere, and links to them', () => {
    const intro = page('/map/').querySelector('main > p:nth-of-type(2)');
    expect(intro?.text).toMatch(
      /^6 places are on the map\. Not on the map: 2 entries meet online or by phone only, and 1 entry gives its location on request\./,
    );
    expect(intro?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/groups/',
      '/services/',
      '/areas/',
    ]);
  });
});
