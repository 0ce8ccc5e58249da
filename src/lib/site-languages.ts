/**
 * The interface languages a site publishes, its main language first. The main language is always
 * published, even when `languages` leaves it out.
 */
export function publishedLanguages(site: {
  default_language: string;
  languages?: string[] | undefined;
}): string[] {
  return [...new Set([site.default_language, ...(site.languages ?? [])])];
}
