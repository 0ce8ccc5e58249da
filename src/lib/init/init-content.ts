import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newEntryYaml } from '../contribute/edit-yaml.ts';
import { parseYaml } from '../validation/parse-yaml.ts';
import { withoutDemoSpecifics } from './demo-text.ts';
import { type AreaAnswer, InitAnswerError } from './region.ts';
import { type InitAnswers, siteSettings } from './site-settings.ts';

const ENTRY_FOLDERS = ['groups', 'services', 'organizations'];
/** The demo's own gazetteer of Chicago neighbourhoods and ZIP codes: nothing in it fits another place. */
const DEMO_ONLY_FILES = ['places.yaml'];

const SITE_COMMENT = [
  'Site settings, written by npm run init. Every field is documented in src/schemas/site.ts.',
  'Crisis lines appear on every page: add only real lines of your region, checked by calling them.',
];

/** The folder's site.yaml as data, read with the validator's reader. */
export async function readSite(root: string): Promise<Record<string, unknown>> {
  const file = path.join(root, 'site.yaml');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InitAnswerError(
      `${file} could not be read (${error.code ?? error.message}) — run init on a fresh fork, or pass --root`,
    );
  });
  const parsed = parseYaml(text);
  if (!parsed.readable || typeof parsed.data !== 'object' || parsed.data === null)
    throw new InitAnswerError(
      `${file} is not readable site settings — restore it from the template, then run init again`,
    );
  return parsed.data as Record<string, unknown>;
}

/** Refuses to run over a directory that is no longer the demo, unless forced: its entries are someone's work. */
export async function checkFreshFork(root: string, force: boolean): Promise<Record<string, unknown>> {
  const site = await readSite(root);
  if (site.demo !== true && !force)
    throw new InitAnswerError(
      `${root} is already set up for ${String(site.name)} (demo: false) — init would delete its entries; run with --force only if you mean to start again`,
    );
  return site;
}

async function removeEntries(root: string): Promise<number> {
  let removed = 0;
  for (const folder of ENTRY_FOLDERS) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.yaml'))) {
      await rm(path.join(root, folder, name));
      removed++;
    }
  }
  for (const file of DEMO_ONLY_FILES) await rm(path.join(root, file), { force: true });
  return removed;
}

async function scrubArticles(root: string, country: string): Promise<string[]> {
  const changed: string[] = [];
  for (const folder of ['guides', 'pages']) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.mdx'))) {
      const file = path.join(root, folder, name);
      const text = await readFile(file, 'utf8');
      const lang = /\.([a-z]{2})\.mdx$/.exec(name)?.[1] ?? 'en';
      const scrubbed = withoutDemoSpecifics(text, { lang, country });
      if (scrubbed !== text) {
        await writeFile(file, scrubbed);
        changed.push(`${folder}/${name}`);
      }
    }
  }
  return changed;
}

function areasYaml(areas: AreaAnswer[]): string {
  const items = areas.map((area) => ({ id: area.id, label: area.label, centre: area.centre }));
  return newEntryYaml(items as unknown as Record<string, unknown>, [
    'Areas: neighbourhoods or towns, each centred on a public landmark (never a venue).',
  ]);
}

/** Turns the demo content folder into a blank directory for the answers; returns what it changed. */
export async function initContent(root: string, answers: InitAnswers, areas: AreaAnswer[], force: boolean) {
  const demo = (await checkFreshFork(root, force)) as { map: { tiles: string; attribution: string } };
  const removed = await removeEntries(root);
  await writeFile(path.join(root, 'site.yaml'), newEntryYaml(siteSettings(answers, demo), SITE_COMMENT));
  await writeFile(path.join(root, 'areas.yaml'), areasYaml(areas));
  const rewritten = await scrubArticles(root, answers.country);
  return { removed, rewritten };
}
