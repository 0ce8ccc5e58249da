import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validation/report.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';

/**
 * A community's fork: its own small directory in place of the demo's content. `.ci/run content` is the
 * path CI takes for a pull request that changes only content/; it must pass on any valid directory.
 */
const COMMUNITY = 'test/fixtures/community';
const BIOME = path.resolve('node_modules/.bin/biome');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'circles-fork-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** `.ci/run content` in this checkout, pointed at another content folder; installs skipped. */
function contentPath(content: string, out: string) {
  return spawnSync('bash', ['.ci/run', 'content'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CIRCLES_SKIP_INSTALL: '1',
      CIRCLES_CONTENT_DIR: content,
      CIRCLES_CONTENT_CHECK_OUT: out,
      GITHUB_ACTIONS: '',
    },
  });
}

describe("a community's fork", () => {
  it("passes .ci/run's content path with the demo content replaced by a 3-entry community", () => {
    const result = contentPath(COMMUNITY, path.join(scratch, 'community-site'));
    expect(result.stdout + result.stderr).toContain('Content is valid: 2 groups, 1 service');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    // The demo's own checks (its size, its banner, its entries) were skipped, not failed.
    expect(result.stdout).toMatch(/\d+ passed, 0 failed, \d+ skipped/);
  }, 120_000);
});

/** Seven ways volunteers write the same valid entry, none of which the site should care about. */
const VARIANTS: [string, (text: string) => string][] = [
  ['trailing spaces', (text) => text.replace(/\n/g, '   \n')],
  ['padded flow lists', (text) => text.replace('[grief]', '[ grief ]').replace('[en]', '[ en ]')],
  ['single quotes', (text) => text.replace(/"(\d\d:\d\d)"/g, "'$1'")],
  ['Windows line endings', (text) => text.replace(/\n/g, '\r\n')],
  [
    'four-space indentation',
    (text) => text.replace(/^ {4}(?=\w)/gm, '      ').replace(/^ {2}(?=[\w-])/gm, '    '),
  ],
  [
    'block lists and no final newline',
    (text) => text.replace('topics: [grief]', 'topics:\n  - grief').trimEnd(),
  ],
  [
    'a document start, comments and blank lines',
    (text) =>
      `---\n# Checked by phone.\n\n${text.replace('cost: free', '\n# free for everyone\ncost: free # no fee')}`,
  ],
];

describe('harmless formatting of a valid entry', () => {
  let repo: string;
  beforeAll(async () => {
    // A checkout of its own, with this repository's Biome settings, holding the community and 7 variants.
    repo = path.join(scratch, 'repo');
    await cp(COMMUNITY, path.join(repo, 'content'), { recursive: true });
    await cp('biome.json', path.join(repo, 'biome.json'));
    await cp('.gitignore', path.join(repo, '.gitignore'));
    spawnSync('git', ['init', '-q', repo]);
    const original = await readFile(path.join(COMMUNITY, 'groups/millbrook-grief-circle.yaml'), 'utf8');
    await mkdir(path.join(repo, 'content/groups'), { recursive: true });
    for (const [index, [, change]] of VARIANTS.entries()) {
      const renamed = original.replace(
        'name: Millbrook Grief Circle',
        `name: Millbrook Grief Circle ${index + 1}`,
      );
      await writeFile(path.join(repo, `content/groups/variant-${index + 1}.yaml`), change(renamed));
    }
  });

  it('are seven real variants of the same entry', async () => {
    const texts = await Promise.all(
      VARIANTS.map((_, index) =>
        readFile(path.join(repo, `content/groups/variant-${index + 1}.yaml`), 'utf8'),
      ),
    );
    expect(new Set(texts.map((text) => text.replace(/Circle \d/, 'Circle'))).size).toBe(7);
  });

  it('pass the validator', async () => {
    const { problems, checked } = await validateContent(path.join(repo, 'content'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checked.groups).toBe(2 + VARIANTS.length);
  });

  it('pass npm run check: Biome does not judge content/', () => {
    const result = spawnSync(BIOME, ['check', '--no-errors-on-unmatched', '.'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    // The same files outside content/ would fail on style: the check above is not vacuous.
    const outside = spawnSync(
      BIOME,
      ['check', '--no-errors-on-unmatched', '--stdin-file-path=src/variant.yaml'],
      {
        cwd: repo,
        encoding: 'utf8',
        input: "name:  'x'   \r\n",
      },
    );
    expect(outside.status).not.toBe(0);
  });

  it("pass .ci/run's content path: the build reads each the same way, and every page is made", () => {
    const result = contentPath(path.join(repo, 'content'), path.join(scratch, 'variants-site'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`Content is valid: ${2 + VARIANTS.length} groups`);
  }, 120_000);
});
