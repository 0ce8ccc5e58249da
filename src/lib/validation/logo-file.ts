import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Past this a logo shown 32 pixels high is surely a photo or a mistake, and slows every page. */
const MAX_LOGO_BYTES = 100_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** An SVG is a document that can run code when opened on its own: none of that may be in a logo. */
const ACTIVE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<iframe\b|<embed\b|<object\b/i;

/**
 * What is wrong with the logo file site.yaml names (`theme.logo`), or undefined when it is a plain PNG
 * or an SVG with nothing active in it, under 100 KB, in the content folder itself (not a link). The site
 * copies it to /logo/ as it is, so it is checked as strictly as any text the site publishes.
 */
export async function logoProblem(root: string, file: string): Promise<string | undefined> {
  const full = path.join(root, file);
  const stats = await lstat(full).catch(() => undefined);
  if (!stats)
    return `names ${file}, which is not in the content folder — add the file beside site.yaml, or remove theme.logo`;
  if (stats.isSymbolicLink())
    return `names ${file}, which is a symbolic link (links are not followed) — put the image itself beside site.yaml`;
  if (!stats.isFile())
    return `names ${file}, which is not a file — name an .svg or .png file beside site.yaml`;
  if (stats.size > MAX_LOGO_BYTES)
    return `names ${file}, which is ${Math.round(stats.size / 1000)} KB — a logo shown 32 pixels high needs under 100 KB: export it smaller`;
  const bytes = await readFile(full);
  if (file.endsWith('.png'))
    return PNG_SIGNATURE.every((byte, at) => bytes[at] === byte)
      ? undefined
      : `names ${file}, which is not a PNG image — export the logo as PNG again, or as SVG`;
  const text = bytes.toString('utf8');
  if (!/<svg\b/i.test(text)) return `names ${file}, which is not an SVG image — export the logo as SVG again`;
  if (ACTIVE_SVG.test(text))
    return `names ${file}, an SVG with a script, an event handler or embedded content in it — export a plain SVG (in Inkscape: "Plain SVG"), with nothing but shapes and text`;
  return undefined;
}
