/**
 * `npm run check:open-data [-- --dir dist]`: checks a built site's open data against the published
 * standards — HSDS JSON against HSDS 3.0's JSON Schemas, the CSVs (and the zip's copy) against the
 * datapackage, the Meeting Guide feed against its rules — and prints one line per problem, naming the
 * file, the entry and the field.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkOpenData } from '../src/lib/open-data/check/check-open-data.ts';
import { outputFolder } from '../src/lib/output-folder.ts';

const EXPORTS = /^(hsds\/.*\.(json|csv)|meeting-guide\.json)$/;

function exportsIn(root: string, dir = root): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = join(dir, item.name);
    if (item.isDirectory()) return exportsIn(root, full);
    const path = relative(root, full).split(sep).join('/');
    return EXPORTS.test(path) ? [{ path, text: readFileSync(full, 'utf8') }] : [];
  });
}

function main(): number {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: outputFolder() } },
  });
  const dir = values.dir ?? 'dist';
  if (!existsSync(join(dir, 'hsds'))) {
    console.error(
      `${dir} holds no built open data — run npm run build first, or pass --dir with the built site`,
    );
    return 2;
  }
  const files = exportsIn(dir);
  const problems = checkOpenData(files, (path) =>
    existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined,
  );
  for (const problem of problems) console.error(problem);
  console.log(
    problems.length === 0
      ? `${files.length} open data files in ${dir} follow HSDS 3.0 and the Meeting Guide feed's rules`
      : `${problems.length} problems in ${dir}'s open data`,
  );
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
