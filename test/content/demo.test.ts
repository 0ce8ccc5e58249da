import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEMO_CONTENT, DEMO_OUT } from '../support/fixture-site.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { expectCleanPages, formats, openPrintable } from '../support/print-pages.ts';
import { useSiteBrowser } from '../support/site-browser.ts';
import { isTheDemo } from '../support/the-demo.ts';

/**
 * Checks of the demo's own content: its size, and entries these tests know by name. They run only while
 * the content folder is the demo, never against a community's own directory.
 */
describe.runIf(isTheDemo())('the demo directory', () => {
  const html = (path: string) => readFileSync(join(DEMO_OUT, path), 'utf8');

  it('is as large and varied as the issue asks: 40+ groups, 25+ services, 10+ topics, 6+ areas, 4+ guides', () => {
    const entries = JSON.parse(html('data/entries.json')) as {
      kind: string;
      topics: string[];
      area: string | null;
    }[];
    expect(entries.filter((e) => e.kind === 'group').length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((e) => e.kind === 'service').length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.flatMap((e) => e.topics)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((e) => e.area).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(readdirSync(join(DEMO_CONTENT, 'guides')).length).toBeGreaterThanOrEqual(4);
  });

  it('prints a group that meets on two days under both days', () => {
    const days = parse(html('print/groups/index.html'))
      .querySelectorAll('.print-subsection')
      .map((section) => ({
        day: section.querySelector('h3')?.textContent ?? '',
        keys: section.querySelectorAll('[data-print-entry]').map((c) => c.getAttribute('data-print-entry')),
      }));
    expect(days[0]?.day).toBe('Monday');
    expect(days.find((d) => d.day === 'Tuesday')?.keys).toContain('group:early-risers-lgbtq-recovery');
    expect(days.find((d) => d.day === 'Thursday')?.keys).toContain('group:early-risers-lgbtq-recovery');
  });

  describe('printed in a real browser', () => {
    const demo = useSiteBrowser(DEMO_OUT);

    it('a typed ZIP code sorts every group by distance, not one page of the list', async () => {
      const { page } = await demo.open('/groups/');
      await page.locator('circles-finder.is-enhanced').waitFor();
      await page.getByRole('button', { name: 'Near me' }).click();
      await page.getByLabel('A neighborhood, ZIP code or landmark').fill('60608');
      await page.getByRole('button', { name: 'Sort by distance' }).click();
      await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(/near 60608: \d+$/);
      // Worked out here from the published GeoJSON, over every group with a place (60608 is Pilsen).
      const pilsen = { lat: 41.8491, lng: -87.6708 };
      const features = JSON.parse(html('places.geojson')).features as {
        geometry: { coordinates: [number, number] };
        properties: { name: string; kind: string; status: string };
      }[];
      const km = ([lng, lat]: [number, number]) =>
        Math.hypot(
          (lat - pilsen.lat) * 111,
          (lng - pilsen.lng) * 111 * Math.cos((pilsen.lat * Math.PI) / 180),
        );
      const nearest = features
        .filter(({ properties }) => properties.kind === 'group' && properties.status !== 'closed')
        .sort((a, b) => km(a.geometry.coordinates) - km(b.geometry.coordinates))
        .slice(0, 3)
        .map(({ properties }) => properties.name);
      expect(
        await page
          .locator('[data-results] > li h3 a')
          .evaluateAll((links) => links.slice(0, 3).map((a) => a.textContent)),
      ).toEqual(nearest);
      const total = Number(/: (\d+)$/.exec((await page.locator('[data-summary]').textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(25);
    });

    /** The area whose printed list has the most entries. */
    const largestArea = () =>
      readdirSync(join(DEMO_OUT, 'print/areas'))
        .map((area) => ({
          area,
          cards: parse(html(`print/areas/${area}/index.html`)).querySelectorAll('.print-card').length,
        }))
        .sort((a, b) => b.cards - a.cards)[0]?.area ?? '';

    it('the largest area list fits A4 and Letter with no entry split and no heading stranded', async () => {
      const context = await demo.browser.newContext();
      const page = await openPrintable(context, `${demo.url}/print/areas/${largestArea()}/`);
      for (const format of formats) {
        const pages = await expectCleanPages(page, format);
        expect(pages.length).toBeGreaterThan(1);
        expect(pages[0]?.join(' ')).toMatch(/^1 \/ \d+|\b1 \/ \d+\b/);
      }
      await context.close();
    });

    it('the compact two-column option prints a long list on fewer pages, still with no entry split', async () => {
      const context = await demo.browser.newContext();
      const page = await openPrintable(context, `${demo.url}/print/groups/`);
      const single = (await pdfPages(await page.pdf({ format: 'A4' }))).length;
      await page.getByLabel('Compact: two columns').check();
      expect((await expectCleanPages(page, 'A4')).length).toBeLessThan(single);
      await context.close();
    });
  });
});
