import { parseArgs } from 'node:util';
import { contentFolder } from '../../src/lib/directory/content-folder.ts';

/**
 * The arguments of a script that writes into the content folder: its positionals, and the folder itself
 * (--root DIR, else CIRCLES_CONTENT_DIR, else content). Throws parseArgs' own error on an unknown option.
 */
export function parseContentArgs(
  args: string[],
  env: NodeJS.ProcessEnv,
): { positionals: string[]; root: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { root: { type: 'string' } },
  });
  return { positionals, root: values.root ?? contentFolder(env) };
}
