import { describe, expect, it } from 'vitest';
import { readBuiltFiles } from '../../src/integrations/location-audit.ts';
import { buildDirectory } from '../../src/lib/directory/build-directory.ts';
import { readContentFolder } from '../../src/lib/directory/read-content-folder.ts';
import { auditLocations } from '../../src/lib/privacy/location-audit.ts';
import { FIXTURE_CONTENT, FIXTURE_OUT, FIXTURE_TODAY } from '../support/fixture-site.ts';

describe('the location audit over the built fixture site', async () => {
  const directory = buildDirectory(await readContentFolder(FIXTURE_CONTENT), FIXTURE_TODAY);
  const files = readBuiltFiles(FIXTURE_OUT);
  const secret = directory.groups.find((entry) => entry.location.kind === 'on_request');
  const venue = directory.groups.find((entry) => entry.location.kind === 'address');

  it('reads every kind of output, search fragments included', () => {
    const kinds = new Set(files.map((file) => file.path.split('/')[0]));
    for (const kind of ['groups', 'services', 'data', 'print', 'pagefind'])
      expect(kinds, kind).toContain(kind);
    expect(
      files.some((file) => file.path.includes('pagefind/fragment/') && file.text.includes('"url"')),
    ).toBe(true);
  });

  it('finds nothing that says more about a place than its public view', () => {
    expect(auditLocations(directory, files)).toEqual([]);
  });

  it('fails when a venue’s point is slipped onto the page of a group whose location is given on request', () => {
    expect(secret && venue?.location.kind === 'address').toBe(true);
    if (!secret || venue?.location.kind !== 'address') return;
    const point = venue.location.point;
    const leaked = files.map((file) =>
      file.path === `${secret.url.slice(1)}index.html`
        ? {
            ...file,
            text: `${file.text}<div data-lat="${point.latitude}" data-lng="${point.longitude}"></div>`,
          }
        : file,
    );
    expect(auditLocations(directory, leaked)).toEqual([
      `${secret.url.slice(1)}index.html: its page gives ${secret.url} (on_request) the point ${point.latitude},${point.longitude}; it must have none`,
    ]);
  });
});
