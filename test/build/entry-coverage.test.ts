import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayslugs } from '../../src/lib/paths.ts';
import { fixtureEntries, hasPage, listLinks, page } from '../support/built-site.ts';
import { FIXTURE_OUT } from '../support/fixture-site.ts';

const groups = fixtureEntries('groups');
const services = fixtureEntries('services');
// Weekday codes to the slugs the site uses; the code's own table, since the URLs are its contract.
const dayOf: Record<string, string> = dayslugs;

describe('every entry reaches every page it belongs to', () => {
  it('the fixture has entries to check', () => {
    expect(groups.length).toBeGreaterThan(3);
    expect(services.length).toBeGreaterThan(1);
  });

  it.each([...groups.map((g) => ['groups', g] as const), ...services.map((s) => ['services', s] as const)])(
    '%s/%s has exactly one page, titled with its name',
    (folder, entry) => {
      const html = page(`/${folder}/${entry.id}/`);
      expect(html.querySelectorAll('h1')).toHaveLength(1);
      expect(html.querySelector('h1')?.textContent).toContain(entry.data.name);
    },
  );

  it('the groups list links to each group exactly once, and to nothing else of its kind', () => {
    const linked = listLinks('/groups/').filter(
      (href) => /^\/groups\/[a-z0-9-]+\/$/.test(href) && !/^\/groups\/\d+\/$/.test(href),
    );
    expect(linked.sort()).toEqual(groups.map((g) => `/groups/${g.id}/`).sort());
  });

  it('the services list links to each service exactly once', () => {
    const linked = listLinks('/services/').filter((href) => /^\/services\/[a-z-][a-z0-9-]*\/$/.test(href));
    expect(linked.sort()).toEqual(services.map((s) => `/services/${s.id}/`).sort());
  });

  it('each entry is listed on the page of every topic it names', () => {
    for (const [folder, entries] of [
      ['groups', groups],
      ['services', services],
    ] as const) {
      for (const entry of entries) {
        for (const topic of entry.data.topics ?? []) {
          expect(listLinks(`/topics/${topic}/`), `${entry.id} on /topics/${topic}/`).toContain(
            `/${folder}/${entry.id}/`,
          );
        }
      }
    }
  });

  it('each entry with an area is listed on that area page, and online-only groups without one are not', () => {
    for (const [folder, entries] of [
      ['groups', groups],
      ['services', services],
    ] as const) {
      for (const entry of entries) {
        const area = entry.data.location?.area;
        if (area)
          expect(listLinks(`/areas/${area}/`), `${entry.id} on /areas/${area}/`).toContain(
            `/${folder}/${entry.id}/`,
          );
      }
    }
  });

  it('each group that is not closed is listed on the page of every weekday it meets', () => {
    for (const group of groups.filter((g) => g.data.status !== 'closed')) {
      const days = new Set(
        (group.data.meetings ?? [])
          .flatMap((rule) => [rule.byday].flat())
          .map((code) => dayOf[code.slice(-2)]),
      );
      for (const day of days)
        expect(listLinks(`/days/${day}/`), `${group.id} on ${day}`).toContain(`/groups/${group.id}/`);
    }
  });

  it('closed groups are left out of the weekday lists', () => {
    const closed = groups.filter((g) => g.data.status === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    const everyDay = Object.values(dayOf).flatMap((day) => listLinks(`/days/${day}/`));
    for (const group of closed) expect(everyDay).not.toContain(`/groups/${group.id}/`);
  });

  it('the entry manifest lists every entry once', () => {
    const manifest = JSON.parse(readFileSync(`${FIXTURE_OUT}/data/entries.json`, 'utf8')) as {
      url: string;
    }[];
    expect(manifest.map((line) => line.url).sort()).toEqual(
      [...groups.map((g) => `/groups/${g.id}/`), ...services.map((s) => `/services/${s.id}/`)].sort(),
    );
  });

  it('list pages say how many entries there are', () => {
    expect(page('/groups/').textContent).toContain(`${groups.length} groups`);
    expect(hasPage('/groups/')).toBe(true);
  });
});
