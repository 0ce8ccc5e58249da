/**
 * `npm run init`: turns a fresh fork (the demo) into a blank directory for another place. It asks, in the
 * terminal, for the site's name, region, country, time zone, languages, repository and crisis lines, or
 * takes them all as flags for scripts:
 *
 *   --name "Circles Edinburgh" --region Edinburgh --country GB --timezone Europe/London
 *   --areas "Leith@55.975,-3.17; Portobello@55.953,-3.114" (or --centre "55.95,-3.19" [--bounds s,w,n,e])
 *   --languages en,es --repository https://github.com/owner/name [--url https://…]
 *   --crisis-line "Samaritans|116123|Call free, 24/7" (repeat for more; none outside the US by default)
 *   --root DIR (the content folder), --yes (no questions: flags and defaults only), --force (run again)
 *
 * It removes the demo's entries, writes site.yaml and areas.yaml, keeps the guides and pages with the
 * demo's specifics taken out, validates, and prints the next steps.
 */
import { execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentFolder } from '../src/lib/directory/content-folder.ts';
import { initContent, readSite } from '../src/lib/init/init-content.ts';
import { type RawAnswers, readAnswers } from '../src/lib/init/read-answers.ts';
import { InitAnswerError } from '../src/lib/init/region.ts';
import { formatReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const OPTIONS = {
  root: { type: 'string' },
  name: { type: 'string' },
  region: { type: 'string' },
  country: { type: 'string' },
  timezone: { type: 'string' },
  centre: { type: 'string' },
  bounds: { type: 'string' },
  areas: { type: 'string' },
  languages: { type: 'string' },
  repository: { type: 'string' },
  url: { type: 'string' },
  'crisis-line': { type: 'string', multiple: true },
  yes: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean' },
} as const;

const NEXT_STEPS = (root: string) => `
Next:
  1. Add entries: npm run new -- group "Name of the group" (or service, organization), or bring a list
     you already keep: npm run import -- meeting-guide <feed-url>, sheet <file.csv>, hsds <folder-or-zip>.
     Entries go in ${root}/groups/, ${root}/services/ and ${root}/organizations/.
  2. Preview: npm start, then open http://127.0.0.1:4321/ (the guides and pages in ${root}/ are yours to edit).
  3. Deploy: commit and push to GitHub, then Settings → Pages → Source: GitHub Actions; every push to main
     that passes the checks goes live (other hosts: "Publishing" in README.md).`;

/** The repository's address from git's origin remote, as a web address. */
function originUrl(): string | undefined {
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const ssh = /^git@github\.com:(.+?)(?:\.git)?$/.exec(remote);
    return ssh ? `https://github.com/${ssh[1]}` : remote.replace(/\.git$/, '');
  } catch {
    return undefined;
  }
}

const QUESTIONS: [keyof RawAnswers, string, (raw: RawAnswers) => string | undefined][] = [
  ['region', 'Region the directory covers (a city or county)', () => undefined],
  ['name', 'Site name', (raw) => (raw.region ? `Circles ${raw.region}` : undefined)],
  ['country', 'Country, as two letters (for phone numbers)', () => undefined],
  ['timezone', 'Time zone (IANA name)', () => Intl.DateTimeFormat().resolvedOptions().timeZone],
  [
    'areas',
    'Areas, as Name@lat,lon separated by ";" (leave empty to give a centre instead)',
    () => undefined,
  ],
  ['centre', 'Map centre, as lat,lon', () => undefined],
  ['languages', 'Interface languages, main one first', () => 'en'],
  ['repository', 'Repository address', () => originUrl()],
];

/** Asks, in the terminal, for every answer the flags did not give, with its default in brackets. */
async function ask(raw: RawAnswers): Promise<RawAnswers> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answers = { ...raw };
  try {
    for (const [key, question, fallback] of QUESTIONS) {
      if (answers[key] !== undefined || (key === 'centre' && answers.areas)) continue;
      const suggestion = fallback(answers);
      const typed = (await terminal.question(`${question}${suggestion ? ` [${suggestion}]` : ''}: `)).trim();
      if (typed || suggestion) (answers as Record<string, string>)[key] = typed || (suggestion as string);
    }
    if (!answers.crisisLines && answers.country?.toUpperCase() !== 'US') {
      const lines = (
        await terminal.question(
          'Crisis lines of your region, as Name|number|when it answers, separated by ";" [none]: ',
        )
      ).trim();
      if (lines)
        answers.crisisLines = lines
          .split(';')
          .map((line) => line.trim())
          .filter(Boolean);
    }
  } finally {
    terminal.close();
  }
  return answers;
}

/** In a terminal, an answer that cannot be used is explained and asked again, the others kept. */
async function askUntilRead(flags: RawAnswers, demoLines: Record<string, unknown>[]) {
  let raw = await ask(flags);
  for (;;) {
    try {
      return readAnswers(raw, demoLines);
    } catch (error) {
      if (!(error instanceof InitAnswerError) || !error.field) throw error;
      console.error(error.message);
      const { [error.field as keyof RawAnswers]: _dropped, ...rest } = raw;
      raw = await ask(error.field === 'areas' ? { ...rest, centre: undefined } : rest);
    }
  }
}

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (values.help) {
    console.log(
      'Usage: npm run init -- [--name …] [--region …] [--country …] [--timezone …] [--areas …|--centre …] [--languages …] [--repository …] [--crisis-line …] [--root DIR] [--yes] [--force]',
    );
    return 0;
  }
  const root = values.root ?? contentFolder(env);
  const flags: RawAnswers = {
    name: values.name,
    region: values.region,
    country: values.country,
    timezone: values.timezone,
    centre: values.centre,
    bounds: values.bounds,
    areas: values.areas,
    languages: values.languages,
    repository: values.repository ?? (values.yes ? originUrl() : undefined),
    url: values.url,
    crisisLines: values['crisis-line'],
  };
  const interactive = !values.yes && process.stdin.isTTY === true;
  const demo = (await readSite(root)) as { crisis_lines?: Record<string, unknown>[] };
  const { answers, areas } = interactive
    ? await askUntilRead(flags, demo.crisis_lines ?? [])
    : readAnswers(flags, demo.crisis_lines ?? []);
  const { removed, rewritten } = await initContent(root, answers, areas, values.force);
  console.log(
    `${root} is now ${answers.name}: ${removed} demo entries removed, ${areas.length === 1 ? '1 area' : `${areas.length} areas`} written, site.yaml set (demo: false).`,
  );
  if (rewritten.length > 0)
    console.log(`Demo or US-only passages taken out of ${rewritten.join(', ')} — read them through.`);
  if (answers.crisisLines.length === 0)
    console.log(
      "No crisis lines: add your region's real ones to crisis_lines in site.yaml (never a number you have not checked).",
    );
  if (new URL(answers.url).pathname !== '/')
    console.log(
      `The site's address, ${answers.url}, has a path: the site links its pages from the root (/), so serve it at the root of a domain (a custom domain for GitHub Pages), then set url in site.yaml.`,
    );
  const result = await validateContent(root);
  console.log(formatReport(result));
  console.log(NEXT_STEPS(root));
  return result.problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2), process.env);
} catch (error) {
  console.error(
    error instanceof InitAnswerError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `init failed (${String(error)}) — this is not your mistake; please report it in an issue`,
  );
  process.exitCode = 1;
}
