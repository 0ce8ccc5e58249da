import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureEntries } from '../support/built-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const REPO = 'https://github.com/example/circles-lakeside';
const site = useSiteBrowser();
const group = fixtureEntries('groups')[0];

/** Opens a page and follows a link to GitHub, which is answered locally: returns the URL the browser asked for. */
async function follow(path: string, selector: string): Promise<URL> {
  const page: Page = await site.browser.newPage();
  await page.goto(`${site.url}${path}`);
  let requested: string | undefined;
  await page.route('https://github.com/**', (route) => {
    requested = route.request().url();
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' });
  });
  await page.locator(selector).click();
  await expect.poll(() => requested).toBeDefined();
  await page.close();
  return new URL(requested ?? '');
}

/** The field ids an issue form declares. */
const formFieldIds = (form: string) =>
  (parse(readFileSync(`.github/ISSUE_TEMPLATE/${form}`, 'utf8')) as { body: { id?: string }[] }).body
    .map((field) => field.id)
    .filter(Boolean);

describe('the links that let a visitor fix an entry', () => {
  it("'Edit on GitHub' opens the entry's own YAML file in GitHub's web editor", async () => {
    const url = await follow(`/groups/${group?.id}/`, 'a[data-edit-file]');
    const file = `${FIXTURE_CONTENT}/groups/${group?.id}.yaml`;
    expect(url.href).toBe(`${REPO}/edit/main/${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it("'Suggest a change' opens the change form with the entry's id, name and page filled in", async () => {
    const url = await follow(`/groups/${group?.id}/`, 'a[data-suggest-change]');
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('change-entry.yml');
    expect(url.searchParams.get('entry')).toBe(group?.id);
    expect(url.searchParams.get('title')).toBe(`Change: ${group?.data.name}`);
    expect(url.searchParams.get('page')).toBe(`https://lakeside-circles.example.org/groups/${group?.id}/`);
    expect(formFieldIds('change-entry.yml')).toEqual(expect.arrayContaining(['entry', 'page']));
  });

  it("the groups list offers the 'Add a group' form and a new file already filled in with a valid template", async () => {
    const form = await follow('/groups/', 'a[data-add-form]');
    expect(form.searchParams.get('template')).toBe('add-group.yml');
    expect(existsSync('.github/ISSUE_TEMPLATE/add-group.yml')).toBe(true);

    const file = await follow('/groups/', 'a[data-add-file]');
    expect(`${file.origin}${file.pathname}`).toBe(`${REPO}/new/main/${FIXTURE_CONTENT}/groups`);
    expect(file.searchParams.get('filename')).toBe('name-of-the-group.yaml');
    const template = parse(file.searchParams.get('value') ?? '');
    expect(template).toMatchObject({ name: 'Name of the group', led_by: 'peer', location: { kind: 'area' } });
  });
});
