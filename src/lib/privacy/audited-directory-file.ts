import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { AuditedDirectory } from './location-audit.ts';

/**
 * The public view the pages were built from, handed from Astro's process to the steps that run after it
 * has exited (the search index, then the audit of the search fragments), so those steps check against
 * the very directory the build used rather than a second reading of the content. One JSON value per line
 * (the site, areas and places, then each entry), so no single string has to hold a national directory.
 */
export function writeAuditedDirectory(file: string, directory: AuditedDirectory): void {
  const fd = openSync(file, 'w');
  try {
    const { site, areas, places } = directory;
    writeSync(fd, `${JSON.stringify({ site, areas, places: places ?? [] })}\n`);
    for (const group of directory.groups) writeSync(fd, `${JSON.stringify({ group })}\n`);
    for (const service of directory.services) writeSync(fd, `${JSON.stringify({ service })}\n`);
  } finally {
    closeSync(fd);
  }
}

type Line = Pick<AuditedDirectory, 'site' | 'areas' | 'places'> & {
  group?: AuditedDirectory['groups'][number];
  service?: AuditedDirectory['services'][number];
};

/** Each line of a file as parsed JSON, decoded one at a time (the file may exceed a string's length). */
function* jsonLines(file: string): Generator<Line> {
  const bytes = readFileSync(file);
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(10, start);
    const stop = end < 0 ? bytes.length : end;
    if (stop > start) yield JSON.parse(bytes.toString('utf8', start, stop)) as Line;
    start = stop + 1;
  }
}

/** Reads what writeAuditedDirectory wrote. */
export function readAuditedDirectory(file: string): AuditedDirectory {
  const lines = jsonLines(file);
  const head = lines.next();
  if (head.done) throw new Error(`${file} is empty: the build wrote no directory for the checks after it`);
  const { site, areas, places } = head.value;
  const directory: AuditedDirectory = { site, areas, places: places ?? [], groups: [], services: [] };
  for (const line of lines) {
    if (line.group) directory.groups.push(line.group);
    if (line.service) directory.services.push(line.service);
  }
  return directory;
}
