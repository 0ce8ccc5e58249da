import type { CollectionEntry } from 'astro:content';
import { articleFiles, getDirectory } from './directory/load-directory.ts';

export type ArticleCollection = 'guides' | 'pages';

/** A guide or page as one interface language shows it. */
export interface LocalizedArticle<C extends ArticleCollection> {
  /** The original's id, shared by every translation: the URL is the same in each language. */
  id: string;
  entry: CollectionEntry<C>;
  /** The language the text is written in: the reader's, or the site's main language when untranslated. */
  lang: string;
}

/** A file's id and language: `first-meeting.es` is the Spanish `first-meeting`; no suffix is the original. */
export function articleId(fileId: string, siteLang: string): { id: string; lang: string } {
  const dot = fileId.lastIndexOf('.');
  return dot === -1
    ? { id: fileId, lang: siteLang }
    : { id: fileId.slice(0, dot), lang: fileId.slice(dot + 1) };
}

/**
 * Every guide or page in one interface language, in reading order (`order`, then id): the translation
 * (`<id>.<lang>.mdx`) where one was written, else the original, which the page then marks as untranslated.
 */
export async function getArticles<C extends ArticleCollection>(
  collection: C,
  lang?: string,
): Promise<LocalizedArticle<C>[]> {
  const { site } = await getDirectory();
  const siteLang = site.default_language;
  const want = lang ?? siteLang;
  const originals = new Map<string, CollectionEntry<C>>();
  const translations = new Map<string, CollectionEntry<C>>();
  for (const entry of await articleFiles(collection)) {
    const { id, lang: written } = articleId(entry.id, siteLang);
    if (written === siteLang) originals.set(id, entry);
    else if (written === want) translations.set(id, entry);
  }
  // Reading order follows the originals, so every language lists the same guides in the same order.
  return [...originals]
    .sort(([idA, a], [idB, b]) => a.data.order - b.data.order || idA.localeCompare(idB))
    .map(([id, original]) => {
      const translation = translations.get(id);
      return translation ? { id, entry: translation, lang: want } : { id, entry: original, lang: siteLang };
    });
}
