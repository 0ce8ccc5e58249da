import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries } from '../support/built-site.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

// The real index, queried through Pagefind's own browser API, as the search page does.
const site = useSiteBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
});

/**
 * The URLs Pagefind returns for a query and filters, best first. The function is sent as text so that
 * vitest does not rewrite its `import()` for Node.
 */
const SEARCH_IN_PAGE = `async (term, filters, index) => {
  const pagefind = await import(index + 'pagefind.js');
  const response = await pagefind.search(term, { filters });
  return Promise.all(response.results.map(async (result) => (await result.data()).url));
}`;
function search(
  term: string | null,
  filters: Record<string, string> = {},
  index = '/pagefind/',
): Promise<string[]> {
  return page.evaluate(
    `(${SEARCH_IN_PAGE})(${JSON.stringify(term)}, ${JSON.stringify(filters)}, ${JSON.stringify(index)})`,
  );
}

const groups = fixtureEntries('groups').map((entry) => ({
  ...entry,
  kind: 'group',
  url: `/groups/${entry.id}/`,
}));
const services = fixtureEntries('services').map((entry) => ({
  ...entry,
  kind: 'service',
  url: `/services/${entry.id}/`,
}));
const entries = [...groups, ...services];
const sorted = (urls: string[]) => [...urls].sort();
const urlsWhere = (test: (entry: (typeof entries)[number]) => boolean) =>
  sorted(entries.filter(test).map((entry) => entry.url));

describe('the search index', () => {
  it('holds every group and service exactly once, and the guides, but no other page', async () => {
    const urls = await search(null);
    expect(new Set(urls).size).toBe(urls.length);
    const entryUrls = urls.filter((url) => !url.startsWith('/guides/'));
    expect(sorted(entryUrls)).toEqual(sorted(entries.map((entry) => entry.url)));
    expect(urls.filter((url) => url.startsWith('/guides/')).length).toBeGreaterThan(0);
  });

  it('gives Spanish its own index, written beside the main one, with every entry in Spanish', async () => {
    await page.goto(`${site.url}/es/`);
    const urls = await search(null, {}, '/es/pagefind/');
    await page.goto(`${site.url}/`);
    expect(sorted(urls.filter((url) => !url.startsWith('/es/guides/')))).toEqual(
      sorted(entries.map((entry) => `/es${entry.url}`)),
    );
    expect(urls.some((url) => url.startsWith('/es/guides/'))).toBe(true);
  });

  it('ranks an entry first when its name is searched', async () => {
    for (const entry of entries) {
      const urls = await search(entry.data.name);
      expect(urls[0], entry.data.name).toBe(entry.url);
    }
  });

  it('does not match page chrome such as the demo banner or the footer', async () => {
    // Words that appear on every page's banner, skip link and footer, and in no entry or guide.
    for (const word of ['skip', 'watched']) expect(await search(word), word).toEqual([]);
  });

  it('does not match the interface text entry pages share: their headings, labels and the map’s note', async () => {
    // "At a glance" and the mini map's "loads map pictures" are on entry pages, in no entry's own words.
    for (const word of ['glance', 'pictures']) expect(await search(word), word).toEqual([]);
    // The "Access" heading was on every entry page: "access" found them all, not only the accessible ones.
    const accessible = await search('access');
    const saysNothing = urlsWhere(
      (entry) => !entry.data.accessibility?.length && !entry.data.accessibility_notes,
    );
    expect(accessible.length).toBeGreaterThan(0);
    expect(accessible.filter((url) => saysNothing.includes(url))).toEqual([]);
  });

  it('takes no picture from the print card’s QR code, nor indexes its data address as words', async () => {
    // Every PNG's data address starts with these characters (its signature and header, in base64).
    expect(await search('iVBORw0KGgoAAAANSUhEUgAA')).toEqual([]);
    const images: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(null, { filters: { kind: 'group' } });
      return Promise.all(results.map(async (result) => (await result.data()).meta.image ?? ''));
    })()`);
    expect(images.length).toBe(groups.length);
    expect(images.filter((image) => image !== '')).toEqual([]);
  });

  it('finds entries by a synonym, a misspelling and a language typed in that language', async () => {
    expect(await search('PLHIV')).toContain('/groups/positive-living-circle/');
    expect(await search('greif')).toContain('/groups/riverside-grief-group/');
    expect(await search('español')).toContain('/groups/positive-living-circle/');
    expect(await search('espanol')).toContain('/groups/positive-living-circle/');
    expect(await search('psychosis')).toEqual(['/groups/northgate-hearing-voices/']);
  });

  it('filters by kind, topic, area, day, cost and language exactly as the content says', async () => {
    const costOf = (data: Record<string, unknown>) =>
      typeof data['cost'] === 'string' ? data['cost'] : (data['cost'] as { kind: string }).kind;
    const daysOf = (data: (typeof entries)[number]['data']) =>
      (data.meetings ?? []).flatMap((rule) => [rule.byday].flat().map((day) => day.slice(-2)));
    const cases: [string, string, string[]][] = [
      ['kind', 'group', urlsWhere((entry) => entry.kind === 'group')],
      ['kind', 'service', urlsWhere((entry) => entry.kind === 'service')],
      ['topic', 'grief', urlsWhere((entry) => (entry.data.topics ?? []).includes('grief'))],
      ['area', 'northgate', urlsWhere((entry) => entry.data.location?.area === 'northgate')],
      ['day', 'SA', urlsWhere((entry) => daysOf(entry.data).includes('SA'))],
      ['cost', 'free', urlsWhere((entry) => costOf(entry.data) === 'free')],
      ['language', 'es', urlsWhere((entry) => ((entry.data['languages'] as string[]) ?? []).includes('es'))],
    ];
    for (const [facet, value, expected] of cases) {
      expect(expected.length, `${facet}=${value} has entries in the fixture`).toBeGreaterThan(0);
      // Groups only for days: services' opening hours count too, but the fixture reads them differently.
      const filters = facet === 'day' ? { kind: 'group', day: value } : { [facet]: value };
      expect(sorted(await search(null, filters)), `${facet}=${value}`).toEqual(expected);
    }
  });

  it('combines words and filters: "grief" on Saturdays finds only the Saturday grief group', async () => {
    expect(await search('grief', { day: 'SA' })).toEqual(['/groups/old-market-bereavement-cafe/']);
  });
});
