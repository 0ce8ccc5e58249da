import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useStrings } from '../../src/i18n/index.ts';
import { formatProblem } from '../../src/lib/validation/report.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { DEMO_CONTENT as CONTENT, DEMO_OUT as OUT } from '../support/fixture-site.ts';

/**
 * The content checks: true of any directory's content, the demo's or a community's own, so a fork runs
 * them on its content/ and stays green. The build they read has already passed the output coverage, the
 * search index check and the location audit.
 */

const site = parse(readFileSync(join(CONTENT, 'site.yaml'), 'utf8')) as {
  demo?: boolean;
  default_language: string;
  languages?: string[];
};
const ids = (folder: string) =>
  existsSync(join(CONTENT, folder))
    ? readdirSync(join(CONTENT, folder))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.replace(/\.yaml$/, ''))
    : [];
/** Every page a visitor opens: not the finder's card chunks under data/, which are fragments it fetches. */
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? item.name === 'finder' && dir.endsWith('/data')
        ? []
        : pages(join(dir, item.name))
      : item.name.endsWith('.html')
        ? [join(dir, item.name)]
        : [],
  );

describe(`the content in ${CONTENT}`, () => {
  it('has no problems for the validator', async () => {
    const result = await validateContent(CONTENT);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('has a page for every group and service, in every language the site is published in', () => {
    const languages = site.languages ?? [site.default_language];
    for (const lang of languages) {
      const prefix = lang === site.default_language ? '' : lang;
      for (const folder of ['groups', 'services'])
        for (const id of ids(folder))
          expect(existsSync(join(OUT, prefix, folder, id, 'index.html')), `${lang} ${folder}/${id}`).toBe(
            true,
          );
    }
  });

  it(`says the entries are fictional on every page exactly when site.yaml says demo: true`, () => {
    const all = pages(OUT);
    expect(all.length).toBeGreaterThan(10);
    for (const file of all) {
      const lang = file.startsWith(join(OUT, 'es/')) ? 'es' : 'en';
      const html = readFileSync(file, 'utf8');
      expect(html.includes(useStrings(lang).ui.layout.demoNotice), file).toBe(site.demo === true);
    }
  });
});
