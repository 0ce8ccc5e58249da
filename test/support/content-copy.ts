import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_CONTENT } from './fixture-site.ts';

/** A throwaway copy of the basic fixture's content, for commands that write files into it. */
export async function copyFixtureContent(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'circles-content-'));
  await cp(FIXTURE_CONTENT, root, { recursive: true });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
