/**
 * `npm run owners [-- --check] [--root DIR]`: writes who reviews each entry into .github/CODEOWNERS, from
 * the entry's area and that area's `reviewers` in areas.yaml. With --check it only says whether the file
 * is up to date (exit 1 if not). The monthly check-up workflow runs it and proposes the change.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { readContentFolder } from '../src/lib/directory/read-content-folder.ts';
import { ownersBlock, withOwnersBlock } from '../src/lib/review/code-owners.ts';

const FILE = '.github/CODEOWNERS';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean' }, root: { type: 'string' } } });
  const content = await readContentFolder(values.root ?? contentFolder(env));
  const reviewers = new Map(content.areas.map((area) => [area.id, area.reviewers ?? []]));
  const entries = [...content.groups, ...content.services].map((entry) => ({
    file: entry.file,
    ...(entry.data.location?.area ? { area: entry.data.location.area } : {}),
  }));
  const before = await readFile(FILE, 'utf8');
  const after = withOwnersBlock(before, ownersBlock(entries, reviewers));
  if (values.check) {
    console.log(before === after ? `${FILE} is up to date.` : `${FILE} is out of date: run npm run owners.`);
    return before === after ? 0 : 1;
  }
  await writeFile(FILE, after);
  console.log(before === after ? `${FILE} was already up to date.` : `Wrote ${FILE}.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2), process.env).catch((error: Error) => {
  console.error(error.message);
  return 1;
});
