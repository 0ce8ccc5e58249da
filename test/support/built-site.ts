import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { FIXTURE_CONTENT, FIXTURE_OUT } from './fixture-site.ts';

/** A page of the built fixture site, parsed. */
export function page(urlPath: string): HTMLElement {
  const file = join(FIXTURE_OUT, urlPath, 'index.html');
  if (!existsSync(file)) throw new Error(`no page was built at ${urlPath}`);
  return parse(readFileSync(file, 'utf8'));
}

export function hasPage(urlPath: string): boolean {
  return existsSync(join(FIXTURE_OUT, urlPath, 'index.html'));
}

/**
 * Every page a visitor opens, as URL paths: the HTML files the build wrote, but for the finder's cards
 * files under /data/ (documents the finder fetches, not pages; their cards are the lists' own).
 */
export function allPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html')) found.push(`/${relative(FIXTURE_OUT, path)}`);
    }
  };
  walk(FIXTURE_OUT);
  return found.filter((path) => !/^\/(?:[a-z]{2}\/)?data\//.test(path)).sort();
}

/** Internal links on a page, without fragments. */
export function links(urlPath: string): string[] {
  return page(urlPath)
    .querySelectorAll('a[href^="/"]')
    .map((link) => (link.getAttribute('href') ?? '').split('#')[0] ?? '');
}

/** Links from a list and all its numbered pages. */
export function listLinks(base: string): string[] {
  const found = [...links(base)];
  for (let number = 2; hasPage(`${base}${number}/`); number++) found.push(...links(`${base}${number}/`));
  return found;
}

interface FixtureEntry {
  id: string;
  data: Record<string, unknown> & {
    name: string;
    topics?: string[];
    status?: string;
    location?: { kind: string; area?: string };
    accessibility?: string[];
    meetings?: { byday: string | string[] }[];
  };
}

/** The fixture's entries read straight from its YAML, independently of the site's own loader. */
export function fixtureEntries(folder: 'groups' | 'services'): FixtureEntry[] {
  const dir = join(FIXTURE_CONTENT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: parseYaml(readFileSync(join(dir, name), 'utf8')),
    }));
}
