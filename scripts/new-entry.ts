/**
 * `npm run new -- group "Name of the group"` (or `service`, `organization`): writes a commented YAML file
 * for a new entry, named after it, with today's last_verified and every required field. The validator
 * refuses it until every "Replace this" is replaced. Refuses to overwrite an entry that already has that id. Option: --root DIR (content folder).
 */
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  entryTemplate,
  folderOf,
  idFromName,
  schemaFolderFrom,
  type TemplateKind,
  templateKinds,
} from '../src/lib/contribute/entry-template.ts';
import { referenceDate } from '../src/lib/staleness.ts';
import { parseYaml } from '../src/lib/validation/parse-yaml.ts';
import { parseContentArgs } from './lib/content-args.ts';

const USAGE = `Usage: npm run new -- <${templateKinds.join('|')}> "Name of the entry" [--root DIR]`;

class UsageError extends Error {}

async function firstId(file: string): Promise<string> {
  const { data } = parseYaml(await readFile(file, 'utf8').catch(() => ''));
  const first = Array.isArray(data) ? (data[0] as { id?: unknown } | undefined)?.id : undefined;
  if (typeof first !== 'string') throw new UsageError(`${file} has no entries with an id — add one first`);
  return first;
}

async function firstOrganization(folder: string): Promise<string | undefined> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.yaml'))
    .sort()[0]
    ?.replace(/\.yaml$/, '');
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const { positionals, root } = parseContentArgs(args, env);
    const [kind, name, ...extra] = positionals;
    if (!kind || !templateKinds.includes(kind as TemplateKind)) {
      throw new UsageError(`Say what to add: ${templateKinds.join(', ')}.`);
    }
    if (!name?.trim() || extra.length > 0) {
      throw new UsageError('Give the name in quotes, like "Riverside Grief Circle".');
    }
    const folder = path.join(root, folderOf[kind as TemplateKind]);
    const id = idFromName(name);
    const file = path.join(folder, `${id}.yaml`);
    for (const taken of [file, path.join(folder, `${id}.yml`)]) {
      if (await exists(taken)) {
        throw new UsageError(
          `${taken} already exists, so it was left alone — edit that file, or choose a different name (add the area, like "${name} ${'Uptown'}")`,
        );
      }
    }
    const organization =
      kind === 'service' ? await firstOrganization(path.join(root, 'organizations')) : undefined;
    const text = entryTemplate(kind as TemplateKind, {
      name: name.trim(),
      today: referenceDate(env),
      topic: await firstId(path.join(root, 'topics.yaml')),
      area: await firstId(path.join(root, 'areas.yaml')),
      organization,
      schemaFolder: schemaFolderFrom(path.relative(process.cwd(), folder).split(path.sep).join('/')),
    });
    await mkdir(folder, { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
    console.log(
      `Wrote ${file}. Replace every "Replace this" and fill in each field, then run npm run validate.`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
