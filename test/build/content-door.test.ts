import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, FIXTURE_OUT } from '../support/fixture-site.ts';
import { applyCase, HOSTILE_CASES } from '../support/hostile-corpus.ts';

// What validates is exactly what builds: the accepted hostile cases build with every entry in the output,
// content the validator refuses stops Astro's own build with the validator's report, a build that fails at
// its last step publishes nothing, and a build never depends on which content folder was built before it.

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const accepted = HOSTILE_CASES.filter((hostile) => 'pages' in hostile.expect);

async function treeHashes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((item) =>
    item.isFile(),
  );
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    hashes[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return hashes;
}

let work: string;
let corpus: string;
let corpusOut: string;
let corpusBuild: ReturnType<typeof buildSite>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'circles-door-'));
  corpus = join(work, 'content');
  corpusOut = join(work, 'out');
  await cp(FIXTURE_CONTENT, corpus, { recursive: true });
  for (const hostile of accepted) await applyCase(corpus, hostile);
  corpusBuild = buildSite(corpus, corpusOut);
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('one door from content to pages', () => {
  it('builds every accepted hostile case with its pages, and no stack trace', async () => {
    expect(corpusBuild.stderr).not.toMatch(STACK_FRAME);
    expect(corpusBuild.status, corpusBuild.stderr).toBe(0);
    const built = new Set(Object.keys(await treeHashes(corpusOut)));
    const missing = accepted.flatMap((hostile) =>
      'pages' in hostile.expect ? hostile.expect.pages.filter((page) => !built.has(page)) : [],
    );
    expect(missing).toEqual([]);
    // The date-like name is the text it looks like, on the page.
    const dated = await readFile(join(corpusOut, 'groups/dated-name/index.html'), 'utf8');
    expect(dated).toMatch(/<h1[^>]*><bdi>2026-05-01<\/bdi>/);
  });

  it('indexes for search, checks coverage and audits everything once Astro has exited, leaving no hand-over file', async () => {
    const log = corpusBuild.stdout;
    const astroDone = log.indexOf('[build] Complete!');
    const covered = log.search(/\[circles:output-coverage\] \/: every one of \d+ entries/);
    const indexed = log.search(/\[circles:search-index\] \/: indexed \d+ pages for search/);
    const audited = log.search(/\[circles:location-audit\] [1-9]\d* files checked, the search index/);
    expect(astroDone).toBeGreaterThan(-1);
    expect(indexed).toBeGreaterThan(astroDone);
    expect(covered).toBeGreaterThan(indexed);
    expect(audited).toBeGreaterThan(covered);
    expect(existsSync(`${corpusOut}.staging.directory.ndjson`)).toBe(false);
  });

  it('stops Astro’s own build with the validator’s report when content is refused', async () => {
    const refused = join(work, 'refused');
    await cp(FIXTURE_CONTENT, refused, { recursive: true });
    await writeFile(join(refused, 'groups/rlo.yaml'), 'name: "Circle \\u202Egnp.exe"\n');
    const result = buildSite(refused, join(work, 'refused-out'), {
      command: ['exec', '--', 'astro', 'build'],
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('groups/rlo.yaml:1:7  name  has an invisible character (U+202E)');
    expect(output).toContain('Run npm run validate');
    expect(output).not.toMatch(STACK_FRAME);
  });

  it('keeps the previous output byte for byte when the last step fails', async () => {
    const before = await treeHashes(corpusOut);
    // A pin the validator cannot see (in a guide's body) that the location audit, the last step, refuses.
    await writeFile(
      join(corpus, 'guides/pinned.mdx'),
      '---\ntitle: Where we are\nsummary: A guide with a pin.\n---\n\n<div data-lat="41.95512" data-lng="-87.71234">Here</div>\n',
    );
    const result = buildSite(corpus, corpusOut, { keep: true });
    await rm(join(corpus, 'guides/pinned.mdx'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('guides/pinned/index.html: the point 41.95512,-87.71234 is neither');
    expect(`${result.stdout}${result.stderr}`).toContain('nothing was published');
    expect(await treeHashes(corpusOut)).toEqual(before);
  }, 120_000);

  it('builds the same content byte for byte after another content folder was built', async () => {
    // The fixture was built by the global setup; the corpus, another folder, since; now the fixture again.
    const again = join(work, 'again');
    const result = buildSite(FIXTURE_CONTENT, again);
    expect(result.status, result.stderr).toBe(0);
    expect(await treeHashes(again)).toEqual(await treeHashes(FIXTURE_OUT));
  }, 120_000);
});
