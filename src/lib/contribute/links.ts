import type { SiteData } from '../../schemas/site.ts';

/**
 * Links that let a visitor fix the directory: GitHub issue forms (a GitHub account, no files) and GitHub's
 * web editor (for people who edit files). The forms live in `.github/ISSUE_TEMPLATE/`; their field ids
 * are the query parameters GitHub prefills.
 */

export type Repository = SiteData['repository'];

/** The issue form files; a test checks each exists and has the fields these links prefill. */
export const issueForms = {
  addGroup: 'add-group.yml',
  addService: 'add-service.yml',
  changeEntry: 'change-entry.yml',
  reportClosed: 'report-closed.yml',
  stillCorrect: 'still-correct.yml',
} as const;

const base = (repository: Repository) => repository.url.replace(/\/+$/, '');

/** Path segments of a file path, each encoded, slashes kept. */
const encodePath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** A new issue from a form, with fields prefilled by their ids. */
export function issueFormUrl(
  repository: Repository,
  form: string,
  fields: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ template: form, ...fields });
  return `${base(repository)}/issues/new?${query}`;
}

/** The entry's YAML file in GitHub's web editor. `source` is relative to the repository root. */
export function editFileUrl(repository: Repository, source: string): string {
  return `${base(repository)}/edit/${encodePath(repository.branch)}/${encodePath(source)}`;
}

/** GitHub's "create new file" page in a folder, with a file name and contents filled in. */
export function newFileUrl(repository: Repository, folder: string, filename: string, value: string): string {
  const query = new URLSearchParams({ filename, value });
  return `${base(repository)}/new/${encodePath(repository.branch)}/${encodePath(folder)}?${query}`;
}

interface EntryForLinks {
  id: string;
  name: string;
  /** The entry page's absolute URL. */
  page: string;
}

/** "Suggest a change": the change form, prefilled with the entry's id, name (in the title) and page. */
export function suggestChangeUrl(repository: Repository, entry: EntryForLinks): string {
  return issueFormUrl(repository, issueForms.changeEntry, {
    title: `Change: ${entry.name}`,
    entry: entry.id,
    page: entry.page,
  });
}

/** "Report closed or wrong": the report form, prefilled the same way. */
export function reportClosedUrl(repository: Repository, entry: EntryForLinks): string {
  return issueFormUrl(repository, issueForms.reportClosed, {
    title: `Closed or wrong: ${entry.name}`,
    entry: entry.id,
    page: entry.page,
  });
}

/** "Still correct": the form that only updates the date an entry was last checked, prefilled the same way. */
export function stillCorrectUrl(repository: Repository, entry: EntryForLinks): string {
  return issueFormUrl(repository, issueForms.stillCorrect, {
    title: `Still correct: ${entry.name}`,
    entry: entry.id,
    page: entry.page,
  });
}
