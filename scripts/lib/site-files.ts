/** A built site's files read the way benchmarks count them: by URL path, raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every file under a folder, as absolute paths. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  );

/** A site's file by its URL path: a folder's index.html. */
export const fileOf = (site: string, path: string) =>
  join(site, path.endsWith('/') ? `${path}index.html` : path);

export const gzipOf = (site: string, path: string) => gzipSync(readFileSync(fileOf(site, path))).length;

/** The URL path of a file in the site. */
export const urlPathOf = (site: string, file: string) => `/${relative(site, file)}`;
