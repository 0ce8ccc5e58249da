import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, editedYaml } from '../../../src/lib/contribute/edit-yaml.ts';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { compareDirectories } from '../../../src/lib/directory/compare-directories.ts';
import { readContentFolder } from '../../../src/lib/directory/read-content-folder.ts';
import { FIXTURE_CONTENT } from '../../support/fixture-site.ts';

const TODAY = '2026-11-26';
const directoryOf = async (folder: string) => buildDirectory(await readContentFolder(folder), TODAY);

describe('the pull request summary', () => {
  it('lists the entries a change adds, changes and removes, not the YAML lines it touches', async () => {
    const changes = compareDirectories(
      await directoryOf('test/fixtures/pr-base'),
      await directoryOf('test/fixtures/pr-head'),
    );
    expect(changes.added.map((change) => change.id)).toEqual(['northgate-hearing-voices']);
    // online-mood-support was reformatted and given a comment: the site looks the same, so it is not listed.
    expect(changes.changed.map((change) => [change.id, change.fields])).toEqual([
      ['riverside-grief-group', ['meetings']],
    ]);
    expect(changes.removed.map((change) => change.id)).toEqual(['positive-living-circle']);
  });
});

describe('the reviewer’s comment on fixture pairs', () => {
  let folder: string;
  let comment: string;
  let labels: string;
  let stdout: string;
  const edit = async (file: string, change: (data: Record<string, unknown>) => void) => {
    const text = await readFile(file, 'utf8');
    const data = dataOf(text);
    change(data);
    await writeFile(file, editedYaml(text, data));
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'circles-review-'));
    const head = path.join(folder, 'head');
    await cp(FIXTURE_CONTENT, head, { recursive: true });
    await edit(path.join(head, 'groups/positive-living-circle.yaml'), (data) => {
      (data.contact as Record<string, unknown>).phone = '(312) 555-0162';
    });
    await edit(path.join(head, 'groups/riverside-grief-group.yaml'), (data) => {
      data.location = {
        kind: 'address',
        venue: 'Mill Hall',
        address_1: '5 Mill Street',
        city: 'Lakeside',
        area: 'riverside',
        latitude: 41.922,
        longitude: -87.7,
      };
    });
    await edit(path.join(head, 'groups/northgate-recovery-circle.yaml'), (data) => {
      data.status = 'active';
      delete data.alert;
      const location = data.location as Record<string, unknown>;
      location.directions = 'We meet at 27 Willow Lane, ring the bell.';
    });
    await rename(
      path.join(head, 'groups/old-market-bereavement-cafe.yaml'),
      path.join(head, 'groups/old-market-grief-cafe.yaml'),
    );
    // A file the validator refuses: the comparison goes on without it, and the comment lists the problem.
    const broken = (await readFile(path.join(head, 'groups/online-mood-support.yaml'), 'utf8')).replace(
      /opens_at: "\d\d:\d\d"/,
      'opens_at: 7pm',
    );
    await writeFile(path.join(head, 'groups/online-mood-support.yaml'), broken);
    const result = spawnSync(
      process.execPath,
      [
        'scripts/pr-summary.ts',
        '--base',
        FIXTURE_CONTENT,
        '--head',
        head,
        '--comment',
        path.join(folder, 'comment.md'),
        '--labels',
        path.join(folder, 'labels.txt'),
        '--pull-request',
        '12',
        '--preview-url',
        'https://deploy-preview-{number}--circles.example.org/',
      ],
      { encoding: 'utf8', env: { ...process.env, CIRCLES_TODAY: TODAY, GITHUB_STEP_SUMMARY: '' } },
    );
    expect(result.stderr).toBe('');
    stdout = result.stdout;
    comment = await readFile(path.join(folder, 'comment.md'), 'utf8');
    labels = await readFile(path.join(folder, 'labels.txt'), 'utf8');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('shows a phone change in words, old → new, under the site’s own field name', () => {
    expect(comment).toContain('- **Phone**: (312) 555-0111 → (312) 555-0162');
    expect(comment).not.toMatch(/lastVerified|textLang|\(location\)/);
    expect(stdout).toContain('~ group positive-living-circle  Positive Living Circle  (Phone)');
  });

  it('flags loudly, first, a private place that becomes a street address, and a street written into text', () => {
    const privacy = comment.slice(comment.indexOf('### 🔒 Privacy'), comment.indexOf('### Look twice'));
    expect(privacy).toContain('**Riverside Grief Group** (`');
    expect(privacy).toContain(
      '**changes from a private place to a street address**: only the area: Riverside (approximate) → street address: Mill Hall, 5 Mill Street, Lakeside (a pin on the map)',
    );
    expect(privacy).toContain('**writes a street into its text**: "27 Willow Lane"');
    expect(comment.indexOf('### 🔒 Privacy')).toBeLessThan(comment.indexOf('### Changed'));
  });

  it('flags a status change and a renamed file, whose page address and printed QR codes change', () => {
    expect(comment).toContain('changes status: closed → active');
    expect(comment).toContain('### Renamed (1)');
    expect(comment).toContain(
      'is renamed: its page moves from /groups/old-market-bereavement-cafe/ to /groups/old-market-grief-cafe/, so links and printed QR codes to the old address stop working',
    );
    expect(comment).not.toContain('### Removed');
  });

  it('still shows the summary when the content does not validate, with the problems listed', () => {
    expect(comment.startsWith('<!-- circles-pr-summary -->\n')).toBe(true);
    // The meeting time that is not a time, and the street written into a private group's text, which
    // the validator refuses as well as the summary flagging it.
    expect(comment).toContain('> ❌ **The content check does not pass yet**: 2 problems');
    expect(comment).toMatch(
      /groups\/online-mood-support\.yaml:\d+:\d+ {2}meetings\.0\.opens_at {2}is not a time/,
    );
    expect(comment).toMatch(/groups\/northgate-recovery-circle\.yaml:\d+:\d+ .* looks like a street address/);
    expect(comment).toContain('Not compared, because they do not validate yet:');
  });

  it('links the changed pages on the deploy preview, and labels the areas of the entries touched', () => {
    expect(comment).toContain(
      '[Positive Living Circle](https://deploy-preview-12--circles.example.org/groups/positive-living-circle/)',
    );
    expect(labels.split('\n').filter(Boolean)).toEqual([
      'area: northgate',
      'area: old-market',
      'area: riverside',
    ]);
  });

  it('says so when nothing changes, and which folder is invalid when it cannot compare', () => {
    const run = (base: string, head: string) =>
      spawnSync(process.execPath, ['scripts/pr-summary.ts', '--base', base, '--head', head], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: '', CIRCLES_TODAY: TODAY },
      });
    expect(run(FIXTURE_CONTENT, FIXTURE_CONTENT).stdout.trim()).toBe(
      '0 added, 0 changed, 0 renamed, 0 removed',
    );
    const broken = run(FIXTURE_CONTENT, 'test/fixtures/broken');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/test\/fixtures\/broken\/.* is not valid — run npm run validate/);
  });
});
