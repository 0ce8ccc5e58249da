import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import type { PublicPlace } from '../../../src/lib/directory/types.ts';
import {
  readAuditedDirectory,
  writeAuditedDirectory,
} from '../../../src/lib/privacy/audited-directory-file.ts';
import { auditLocations } from '../../../src/lib/privacy/location-audit.ts';
import { groupsOfEveryLocationKind, sampleContent } from '../directory/sample-content.ts';

const built = buildDirectory(sampleContent({ groups: [...groupsOfEveryLocationKind()] }), '2026-11-26');
// A gazetteer place: its centre is public, so the audit must still know it after the hand-over.
const landmark: PublicPlace = {
  name: 'Foster Beach',
  kind: 'landmark',
  centre: { latitude: 41.9781, longitude: -87.6517 },
  aliases: [],
};
const directory = { ...built, places: [landmark] };
const folder = mkdtempSync(join(tmpdir(), 'circles-handover-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the directory handed from Astro to the search step', () => {
  it('comes back with every entry, area and place the audit reads', () => {
    const file = join(folder, 'directory.ndjson');
    writeAuditedDirectory(file, directory);
    const read = readAuditedDirectory(file);
    expect(read.groups).toEqual(JSON.parse(JSON.stringify(directory.groups)));
    expect(read.services).toEqual(JSON.parse(JSON.stringify(directory.services)));
    expect(read.areas).toEqual(JSON.parse(JSON.stringify(directory.areas)));
    expect(read.places).toEqual([landmark]);
    expect(read.site.url).toBe(directory.site.url);
  });

  it('still catches a search fragment that pins a private entry, after the hand-over', () => {
    const file = join(folder, 'audited.ndjson');
    writeAuditedDirectory(file, directory);
    const fragment = {
      path: 'pagefind/fragment/en_abc.pf_fragment',
      text: '{"url":"/groups/secret/","meta":{"geo":"41.9662,-87.6541","lat":41.9662,"lng":-87.6541}}',
    };
    const leaks = auditLocations(readAuditedDirectory(file), [fragment]);
    expect(leaks.some((leak) => leak.includes('/groups/secret/ (on_request)'))).toBe(true);
    expect(auditLocations(directory, [fragment])).toEqual(
      auditLocations(readAuditedDirectory(file), [fragment]),
    );
  });

  it('says so when the build left an empty file', () => {
    const file = join(folder, 'empty.ndjson');
    writeFileSync(file, '');
    expect(() => readAuditedDirectory(file)).toThrow(/is empty: the build wrote no directory/);
  });
});
