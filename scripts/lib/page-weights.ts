/**
 * What each kind of page costs a visitor, read from the built files: its HTML, the CSS it links or
 * inlines, and the JavaScript its module scripts load before any dynamic import, all gzipped; given as
 * the median and the largest of each page kind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageKind } from './page-kinds.ts';
import { urlPathOf } from './site-files.ts';

export interface Spread {
  median: number;
  max: number;
  maxPath: string;
}
export interface KindWeights {
  kind: string;
  pages: number;
  html: Spread;
  css: Spread;
  js: Spread;
}

const memo = <T>(compute: (key: string) => T) => {
  const known = new Map<string, T>();
  return (key: string) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as T;
  };
};

/** A module and the modules it imports statically (`import … from "./x.js"`), transitively. */
function staticClosure(site: string, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path) || !existsSync(join(site, path))) return seen;
  seen.add(path);
  const code = readFileSync(join(site, path), 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
  )) {
    const spec = match[1] ?? '';
    if (spec.startsWith('.')) staticClosure(site, join(dirname(path), spec), seen);
    else if (spec.startsWith('/')) staticClosure(site, spec, seen);
  }
  return seen;
}

function spread(values: readonly { path: string; bytes: number }[]): Spread {
  const sorted = [...values].sort((a, b) => a.bytes - b.bytes);
  const top = sorted.at(-1);
  return {
    median: sorted[Math.floor(sorted.length / 2)]?.bytes ?? 0,
    max: top?.bytes ?? 0,
    maxPath: top?.path ?? '',
  };
}

export function pageWeights(
  site: string,
  htmlFiles: readonly string[],
  languages: readonly string[],
): KindWeights[] {
  const gzipFile = memo((path) => gzipSync(readFileSync(join(site, path))).length);
  // Pages share stylesheets and scripts: each set is gzipped once.
  const cssOf = memo(
    (links) =>
      gzipSync(
        links
          .split('\n')
          .map((path) => readFileSync(join(site, path), 'utf8'))
          .join('\n'),
      ).length,
  );
  const jsOf = memo((entries) => {
    const modules = new Set<string>();
    for (const entry of entries.split('\n').filter(Boolean))
      for (const path of staticClosure(site, entry)) modules.add(path);
    return [...modules].reduce((sum, path) => sum + gzipFile(path), 0);
  });
  const byKind = new Map<string, { path: string; html: number; css: number; js: number }[]>();
  for (const file of htmlFiles) {
    const path = urlPathOf(site, file);
    const text = readFileSync(file, 'utf8');
    const inline = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
    const links = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const scripts = [...text.matchAll(/<script(?: type="module")? src="([^"]+)"/g)].map((m) => m[1] ?? '');
    const inlineModules = [...text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    const imported = inlineModules.flatMap((code) =>
      [...code.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)].map((m) => m[1] ?? ''),
    );
    const kind = pageKind(path, languages);
    const row = {
      path,
      html: gzipSync(text).length,
      css: (links.length ? cssOf(links.join('\n')) : 0) + (inline ? gzipSync(inline).length : 0),
      js:
        jsOf([...scripts, ...imported].sort().join('\n')) +
        inlineModules.reduce((sum, code) => sum + gzipSync(code).length, 0),
    };
    byKind.set(kind, [...(byKind.get(kind) ?? []), row]);
  }
  return [...byKind].map(([kind, rows]) => ({
    kind,
    pages: rows.length,
    html: spread(rows.map((row) => ({ path: row.path, bytes: row.html }))),
    css: spread(rows.map((row) => ({ path: row.path, bytes: row.css }))),
    js: spread(rows.map((row) => ({ path: row.path, bytes: row.js }))),
  }));
}
