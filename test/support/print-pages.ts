import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { occurrences, pdfPages, squeeze } from './pdf-text.ts';

/** The paper sizes every printable list must fit. */
export const formats = ['A4', 'Letter'] as const;

/** Opens a printable list in a new page of the context, and fails on any script error. */
export async function openPrintable(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  return page;
}

/**
 * Prints the page to PDF and reads it back: every entry card (its name through to its short URL, the
 * card's last line) must be on one page, and no page may end with a heading.
 */
export async function expectCleanPages(page: Page, format: (typeof formats)[number]) {
  const cards = await page.locator('[data-print-entry]').evaluateAll((elements) =>
    elements.map((element) => ({
      name: element.getAttribute('data-name') ?? '',
      url: element.querySelector('.print-card-url')?.textContent ?? '',
    })),
  );
  const headings = await page.locator('main h2, main h3').allTextContents();
  const pages = await pdfPages(await page.pdf({ format }));
  expect(cards.length).toBeGreaterThan(0);
  for (const [number, runs] of pages.entries()) {
    const text = runs.join(' ');
    for (const card of cards)
      expect(occurrences(text, card.url), `${format} page ${number + 1}: ${card.name} split`).toBe(
        occurrences(text, card.name) > 0 ? occurrences(text, card.url) : 0,
      );
    const last = runs.filter((run) => !/^\d+ \/ \d+$/.test(run.trim())).at(-1) ?? '';
    if (number < pages.length - 1)
      expect(headings.map(squeeze), `${format} page ${number + 1} ends with a heading`).not.toContain(
        squeeze(last),
      );
  }
  // Every card printed, once per place it is listed.
  const all = pages.flat().join(' ');
  for (const card of cards) expect(occurrences(all, card.url), card.name).toBeGreaterThan(0);
  return pages;
}
