import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as separate runs in drawing order, read back with pdf.js. */
export async function pdfPages(pdf: Uint8Array): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : [])));
  }
  await document.destroy();
  return pages;
}

/** Text without any whitespace, so words that wrapped across lines still match. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** How many times `needle` occurs in `text`, both squeezed. */
export function occurrences(text: string, needle: string): number {
  const haystack = squeeze(text);
  const target = squeeze(needle);
  let count = 0;
  for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + target.length))
    count++;
  return count;
}
