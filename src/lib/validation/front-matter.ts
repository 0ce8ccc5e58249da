/** The YAML between the `---` lines, the line it starts on, and the text after it (an .mdx file's body). */
export type FrontMatter = { yaml: string; firstLine: number; body: string } | { problem: string };

const FENCE = /^---\s*$/;

/** Splits front matter off an .mdx file. Accepts a byte order mark and Windows line endings. */
export function extractFrontMatter(source: string): FrontMatter {
  const lines = (source.startsWith('\uFEFF') ? source.slice(1) : source).split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      problem:
        'has no front matter — start the file with a line of three dashes (---), then title: and summary:, then another --- line',
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      problem: 'has front matter that is never closed — add a line with only --- after the last field',
    };
  }
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2, body: lines.slice(end + 1).join('\n') };
}
