import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Content is read through one door (src/lib/directory/): the validator's reader fills Astro's collections
// (content-loader.ts), pages read them through load-directory.ts, scripts through read-content-folder.ts,
// and the folder's name comes from content-folder.ts. A second door is how "valid" content once crashed
// the build: each rule below names the one file allowed to do a thing, and any other file doing it fails.

const SOURCES = ['src', 'scripts'];
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(item.name) ? [path] : [];
  });
const files = [...SOURCES.flatMap(sourceFiles), 'astro.config.mjs'].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
const offenders = (pattern: RegExp, allowed: readonly string[]) =>
  files.filter((file) => pattern.test(file.text) && !allowed.includes(file.path)).map((file) => file.path);

describe('one door for content', () => {
  it('reads collections only in load-directory.ts', () => {
    expect(
      offenders(
        /import \{[^}]*\b(getCollection|getEntry|getEntries|getLiveCollection)\b[^}]*\} from 'astro:content'/,
        ['src/lib/directory/load-directory.ts'],
      ),
    ).toEqual([]);
  });

  it('fills collections only with the validator-backed loader', () => {
    expect(offenders(/from 'astro\/loaders'/, ['src/lib/directory/content-loader.ts'])).toEqual([]);
  });

  it('reads the content folder setting only in content-folder.ts', () => {
    // Setting it for a child process (`CIRCLES_CONTENT_DIR: root`, `… = root`) is not reading it.
    expect(offenders(/\.CIRCLES_CONTENT_DIR\b(?!\s*=[^=])/, ['src/lib/directory/content-folder.ts'])).toEqual(
      [],
    );
  });

  it('parses YAML only in the validator, and edits it only in the volunteer tools', () => {
    expect(
      offenders(/import \{[^}]*\b(parse|parseDocument|parseAllDocuments|load)\b[^}]*\} from '(js-)?yaml'/, [
        'src/lib/validation/parse-yaml.ts',
        // Changes a file's text keeping its comments; the volunteer tools validate what they write.
        'src/lib/contribute/edit-yaml.ts',
        // Reads the issue forms in .github/, which are not content.
        'src/lib/contribute/issue-forms.ts',
      ]),
    ).toEqual([]);
  });

  it('proves each rule can fail', () => {
    expect(offenders(/getDirectory\(/, [])).not.toEqual([]);
  });
});
