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

  it('says "near me" sorts only this page on a list of several pages, and not on a one-page list', () => {
    const note = 'sorts the entries on this page';
    expect(html('groups/index.html')).toContain(note);
    expect(html('topics/hiv/index.html')).not.toContain(note);
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
