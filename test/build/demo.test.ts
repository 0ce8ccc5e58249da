import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { DEMO_CONTENT, DEMO_OUT } from '../support/fixture-site.ts';

const ids = (folder: string) =>
  readdirSync(join(DEMO_CONTENT, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));

describe('the demo directory', () => {
  it('builds a page for every group and service in content/', () => {
    for (const [folder, list] of [
      ['groups', ids('groups')],
      ['services', ids('services')],
    ] as const) {
      for (const id of list)
        expect(existsSync(join(DEMO_OUT, folder, id, 'index.html')), `${folder}/${id}`).toBe(true);
    }
  });

  it('is as large and varied as the issue asks: 40+ groups, 25+ services, 10+ topics, 6+ areas, 4+ guides', () => {
    const entries = JSON.parse(readFileSync(join(DEMO_OUT, 'data/entries.json'), 'utf8')) as {
      kind: string;
      topics: string[];
      area: string | null;
    }[];
    expect(entries.filter((e) => e.kind === 'group').length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((e) => e.kind === 'service').length).toBeGreaterThanOrEqual(25);
    expect(new Set(entries.flatMap((e) => e.topics)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((e) => e.area).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(readdirSync(join(DEMO_CONTENT, 'guides')).length).toBeGreaterThanOrEqual(4);
  });

  it('says it is fictional on every page', () => {
    const pages = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
        item.isDirectory()
          ? pages(join(dir, item.name))
          : item.name.endsWith('.html')
            ? [join(dir, item.name)]
            : [],
      );
    const all = pages(DEMO_OUT);
    expect(all.length).toBeGreaterThan(100);
    for (const file of all) {
      const lang = file.startsWith(join(DEMO_OUT, 'es/')) ? 'es' : 'en';
      expect(readFileSync(file, 'utf8'), file).toContain(useStrings(lang).ui.layout.demoBanner);
    }
  });

  it('says "near me" sorts only this page on a list of several pages, and not on a one-page list', () => {
    const note = 'sorts the entries on this page';
    expect(readFileSync(join(DEMO_OUT, 'groups/index.html'), 'utf8')).toContain(note);
    expect(readFileSync(join(DEMO_OUT, 'topics/hiv/index.html'), 'utf8')).not.toContain(note);
  });
});
