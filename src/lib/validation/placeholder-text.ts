import type { CrossFileIssue, LoadedFile } from './cross-file-rules.ts';

/**
 * Text left from a template. `npm run new` and the "Add a group as a file" link start an entry from a
 * template that is valid YAML, so without this rule a copy with only the name changed would publish
 * "Replace this with one line…" and `replace-this@example.org`.
 */

/** What every template writes where the volunteer's own words belong. */
const PLACEHOLDER = /replace[ -]this/i;

const ENTRY_COLLECTIONS = new Set(['groups', 'services', 'organizations']);

/** Every text in an entry that still holds the template's placeholder, with a fix for its kind of field. */
export function placeholderText(files: readonly LoadedFile[]): CrossFileIssue[] {
  return files
    .filter((file) => ENTRY_COLLECTIONS.has(file.collection))
    .flatMap((file) =>
      textsOf(file.data)
        .filter(({ value }) => PLACEHOLDER.test(value))
        .map(({ path }) => ({
          file: file.file,
          path,
          anchor: 'value' as const,
          message: fixFor(path, file.collection),
        })),
    );
}

function fixFor(path: PropertyKey[], collection: LoadedFile['collection']): string {
  const field = String(path.filter((part) => typeof part === 'string').at(-1));
  const noun = collection === 'groups' ? 'group' : collection === 'services' ? 'service' : 'organization';
  if (field === 'email')
    return `is the template's placeholder address — write the ${noun}'s own shared address, or delete the line`;
  if (field === 'website' || field === 'url' || field === 'form')
    return `is the template's placeholder address — write the ${noun}'s own web address, or delete the line`;
  if (field === 'organization')
    return "is the template's placeholder — write the id of the organization that runs it (a file name in content/organizations/, without .yaml)";
  return `still holds the template's placeholder text — write the ${noun}'s own words in place of "Replace this…", or delete the field if it is optional`;
}

/** Every string in a parsed YAML value, with its path. */
export function textsOf(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, [...path, index]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  return [];
}
