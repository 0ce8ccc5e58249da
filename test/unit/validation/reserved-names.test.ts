import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validation/report.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { copyFixtureContent } from '../../support/content-copy.ts';

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ root, remove } = await copyFixtureContent());
});
afterEach(() => remove());

const problems = async () => (await validateContent(root, { cwd: root })).problems.map(formatProblem);

describe('file names that would collide with the site’s own addresses, or never be read', () => {
  it('a page named after a language prefix or a route, and a group named like a page number, are errors with a fix', async () => {
    const about = await readFile(path.join(root, 'pages/about.mdx'), 'utf8');
    await writeFile(path.join(root, 'pages/es.mdx'), about);
    await writeFile(path.join(root, 'pages/map.mdx'), about);
    await copyFile(path.join(root, 'groups/positive-living-circle.yaml'), path.join(root, 'groups/2.yaml'));
    expect(await problems()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^groups\/2\.yaml:1:1 .*is a page number of the groups list \(\/groups\/2\/\), so it cannot be used — rename it, such as group-2\.yaml/,
        ),
        expect.stringMatching(/^pages\/es\.mdx:1:1 .*is the prefix of the site in that language \(\/es\/\)/),
        expect.stringMatching(/^pages\/map\.mdx:1:1 .*is already the address of the site's own \/map\/ page/),
      ]),
    );
  });

  it('a hidden entry file is an error instead of vanishing; other hidden files are left alone', async () => {
    await copyFile(
      path.join(root, 'groups/positive-living-circle.yaml'),
      path.join(root, 'groups/.grief.yaml'),
    );
    await writeFile(path.join(root, 'groups/.gitkeep'), '');
    const found = await problems();
    expect(found).toEqual([
      expect.stringMatching(/^groups\/\.grief\.yaml:1:1 .*is a hidden file .* rename it to grief\.yaml/),
    ]);
  });
});
