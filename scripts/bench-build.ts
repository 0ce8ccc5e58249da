/**
 * Build benchmark: validates and builds a content folder and prints what a maintainer needs to watch —
 * time, peak memory, page count, the largest page and the JavaScript shipped, raw and gzipped.
 *   npm run bench                         the demo content
 *   npm run bench -- --root DIR           another content folder (such as a synthetic one)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'astro';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'content' } } });
const root = values.root ?? 'content';
const outDir = resolve('bench/.output', root.replace(/[^a-z0-9]+/gi, '-'));
process.env.CIRCLES_CONTENT_DIR = root;
process.env.CIRCLES_OUT_DIR = outDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? files(join(dir, item.name)) : [join(dir, item.name)],
  );

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

const started = performance.now();
const validation = await validateContent(root);
const validated = performance.now();
if (validation.problems.length > 0) {
  console.error(`${validation.problems.length} problems in ${root}; run npm run validate -- --root ${root}`);
  process.exit(1);
}
await build({ root: process.cwd(), logLevel: 'error' });
const finished = performance.now();
clearInterval(sampler);

const all = files(outDir);
const html = all.filter((file) => file.endsWith('.html'));
const sized = (list: string[]) =>
  list.map((file) => {
    const body = readFileSync(file);
    return { file: relative(outDir, file), raw: body.length, gzip: gzipSync(body).length };
  });
const pages = sized(html).sort((a, b) => b.raw - a.raw);
const scripts = sized(all.filter((file) => file.endsWith('.js')));
const styles = sized(all.filter((file) => file.endsWith('.css')));
const sum = (list: { raw: number; gzip: number }[]) =>
  `${kb(list.reduce((n, x) => n + x.raw, 0))} (${kb(list.reduce((n, x) => n + x.gzip, 0))} gzip)`;

console.log(`content           ${root}`);
console.log(`validate          ${((validated - started) / 1000).toFixed(2)} s`);
console.log(`astro build       ${((finished - validated) / 1000).toFixed(2)} s`);
console.log(`total             ${((finished - started) / 1000).toFixed(2)} s`);
console.log(
  `peak memory (RSS) ${(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20).toFixed(0)} MiB`,
);
console.log(`pages             ${html.length}`);
console.log(
  `output            ${kb(all.reduce((n, file) => n + statSync(file).size, 0))} in ${all.length} files`,
);
for (const page of pages.slice(0, 3))
  console.log(`largest page      ${page.file}: ${kb(page.raw)} (${kb(page.gzip)} gzip)`);
console.log(`median page       ${kb(pages[Math.floor(pages.length / 2)]?.raw ?? 0)}`);
console.log(`javascript        ${sum(scripts)} in ${scripts.length} files`);
for (const script of scripts) console.log(`  ${script.file}: ${kb(script.raw)} (${kb(script.gzip)} gzip)`);
console.log(`css               ${sum(styles)} in ${styles.length} files`);

/** The CSS a page makes the browser read: its inline styles and the stylesheets it links, gzipped together. */
function pageCss(file: string): number {
  const text = readFileSync(file, 'utf8');
  const inline = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const linked = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
    readFileSync(join(outDir, match[1] ?? ''), 'utf8'),
  );
  return gzipSync([...inline, ...linked].join('\n')).length;
}
const css = html
  .map((file) => ({ file: relative(outDir, file), gzip: pageCss(file) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log(
  `css per page      ${kb(css[0]?.gzip ?? 0)} gzip at most (${css[0]?.file}), median ${kb(css[Math.floor(css.length / 2)]?.gzip ?? 0)}`,
);
