import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEMO_CONTENT } from './fixture-site.ts';

/**
 * Whether the content folder under test is this repository's demo (Circles Chicago, marked as
 * fictional) rather than a community's own directory. Tests of the demo's size, its banner and its
 * particular entries run only then, so a community's fork stays green with its own content.
 */
export function isTheDemo(folder = DEMO_CONTENT): boolean {
  const site = parse(readFileSync(join(folder, 'site.yaml'), 'utf8')) as { name?: string; demo?: boolean };
  return site.demo === true && site.name === 'Circles Chicago';
}
