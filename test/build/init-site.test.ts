import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/fixture-site.ts';

/**
 * A fresh fork made into another place's directory by `npm run init` with flags, then built twice: with
 * no entries at all, and with one group added. Both must build, and say nothing of the demo or Chicago.
 */
const OUT = path.resolve('test/.output/init');
const FLAGS = [
  '--yes',
  '--name=Circles Edinburgh',
  '--region=Edinburgh',
  '--country=GB',
  '--timezone=Europe/London',
  '--areas=Leith@55.975,-3.17; Portobello@55.953,-3.114',
  '--languages=en',
  '--repository=https://github.com/example/circles-edinburgh',
];

const GROUP = `name: Leith Grief Circle
summary: A fortnightly circle for anyone grieving.
description: We meet in the library's community room and talk, or listen.
topics: [grief]
languages: [en]
led_by: peer
attendance: in_person
meetings:
  - byday: WE
    opens_at: "18:30"
    closes_at: "20:00"
location:
  kind: area
  area: leith
contact:
  email: grief@leith-circle.example.org
cost: free
last_verified: 2026-11-01
`;

let root: string;
let init: ReturnType<typeof spawnSync>;
const built = { empty: '', one: '' };
const home = (which: 'empty' | 'one') => readFile(path.join(OUT, which, 'index.html'), 'utf8');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'circles-fork-'));
  await cp('content', root, { recursive: true });
  init = spawnSync(process.execPath, ['scripts/init.ts', `--root=${root}`, ...FLAGS], { encoding: 'utf8' });
  const empty = buildSite(root, path.join(OUT, 'empty'));
  built.empty = `${empty.status}\n${empty.stdout}\n${empty.stderr}`;
  await writeFile(path.join(root, 'groups', 'leith-grief-circle.yaml'), GROUP);
  const one = buildSite(root, path.join(OUT, 'one'));
  built.one = `${one.status}\n${one.stdout}\n${one.stderr}`;
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a fork after npm run init', () => {
  it('is set up by flags alone, validates, and is told the next three steps', () => {
    expect(init.status, String(init.stderr)).toBe(0);
    expect(init.stdout).toMatch(/Content is valid: 0 groups, 0 services, 0 organizations/);
    expect(init.stdout).toMatch(/1\. Add entries[\s\S]*2\. Preview[\s\S]*3\. Deploy/);
  });

  it('builds with no entries, and its home page has no demo notice and nothing of Chicago', async () => {
    expect(built.empty).toMatch(/^0\n/);
    const page = await home('empty');
    expect(page).toMatch(/Circles Edinburgh/);
    expect(page).not.toMatch(/demo-notice|fictional|Chicago|\b988\b/i);
  });

  it('builds with one entry added, which gets its own page', async () => {
    expect(built.one).toMatch(/^0\n/);
    const entry = await readFile(path.join(OUT, 'one', 'groups', 'leith-grief-circle', 'index.html'), 'utf8');
    expect(entry).toMatch(/Leith Grief Circle/);
    expect(await home('one')).not.toMatch(/demo-notice|Chicago/i);
  });
});
