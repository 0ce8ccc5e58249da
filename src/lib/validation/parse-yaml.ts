import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from 'yaml';
import type { FieldPath, Position } from './problem.ts';

/** A problem found while reading YAML, before any schema: a syntax error or a repeated key. */
export interface YamlProblem extends Position {
  path: FieldPath;
  message: string;
}

/** Where to point for a field: at its key (unknown keys) or at its value (everything else). */
export type Anchor = 'key' | 'value';

export interface ParsedYaml {
  /** The data as plain JavaScript; undefined when the text could not be read or holds nothing. */
  data: unknown;
  /** False when the text is not valid YAML: its data would be a guess, so it is not checked further. */
  readable: boolean;
  /** True when the text holds no value at all: blank, comments only, or `null`. */
  empty: boolean;
  problems: YamlProblem[];
  /**
   * The position of a field. A field that is not there (a missing required field) points at the key
   * of the map that should hold it, or at that map itself.
   */
  locate(path: FieldPath, anchor: Anchor): Position;
}

/** Documents may use aliases (`*name`), but not so many that expanding them floods memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads YAML and keeps positions. `firstLine` is the line the text starts on in its file (front matter
 * starts on line 2). A UTF-8 byte order mark and Windows line endings are accepted as they are.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });

  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start = (node: unknown): number | undefined =>
    isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range?.[0] : undefined;

  const locate = (path: FieldPath, anchor: Anchor): Position => {
    let node: unknown = doc.contents;
    let key: Node | undefined;
    for (const segment of path) {
      const child = childOf(isAlias(node) ? node.resolve(doc) : node, segment);
      if (!child) return position((key && start(key)) ?? start(node) ?? 0);
      node = child.value;
      key = child.key;
    }
    const keyStart = key ? start(key) : undefined;
    if (anchor === 'key' && keyStart !== undefined) return position(keyStart);
    // `field:` with nothing after it has an empty value node at the end of the line: point at the key.
    const blank = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
    return position((blank ? keyStart : undefined) ?? start(node) ?? keyStart ?? 0);
  };

  // A tag (`!!js/function`, `!binary`) asks a reader to make something other than text, a number or a
  // list: the site reads none, so it is refused rather than read as the text behind it.
  const tags = doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  const syntaxProblems = [...withoutKnockOnErrors(doc.errors), ...tags].map((error) => ({
    ...position(error.pos[0]),
    path: [],
    message: explainYamlError(error),
  }));
  if (syntaxProblems.length > 0) {
    return { data: undefined, readable: false, empty: false, problems: syntaxProblems, locate };
  }

  const problems: YamlProblem[] = [];
  collectDuplicateKeys(doc.contents, [], problems, position);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const alias = /Unresolved alias[^:]*: \*?(.*)$/.exec(reason)?.[1];
    const message = alias
      ? `uses the alias *${alias}, but no &${alias} is set above it — write the value out instead`
      : 'repeats aliases (*name) too many times to be read — write the values out instead of using aliases';
    problems.push({ ...position(0), path: [], message });
    return { data: undefined, readable: false, empty: false, problems, locate };
  }
  const empty = data === null || data === undefined;
  return { data: empty ? undefined : data, readable: true, empty, problems, locate };
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function childOf(node: unknown, segment: PropertyKey): { value: unknown; key?: Node } | undefined {
  if (isMap(node)) {
    // With repeated keys the last one counts, as it does in the data.
    const pair = node.items.findLast((item) => keyText(item.key) === String(segment));
    return pair ? { value: pair.value, key: pair.key as Node } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    return segment < node.items.length ? { value: node.items[segment] } : undefined;
  }
  return undefined;
}

function collectDuplicateKeys(
  node: unknown,
  path: PropertyKey[],
  problems: YamlProblem[],
  position: (offset: number) => Position,
): void {
  if (isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = keyText(pair.key);
      const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const first = position(earlier).line;
        const second = position(offset).line;
        problems.push({
          ...position(offset),
          path: [...path, key],
          message: `is given twice, on lines ${first} and ${second} — keep one of them (only the last one would count)`,
        });
      }
      seen.set(key, offset);
      collectDuplicateKeys(pair.value, [...path, key], problems, position);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      collectDuplicateKeys(item, [...path, index], problems, position);
    });
  }
}

/**
 * After a syntax error the parser guesses, and its later errors are mostly knock-on effects of the first.
 * So: every tab used as indentation (each is certain and independent), or else the first error alone.
 */
function withoutKnockOnErrors(errors: readonly YAMLError[]): YAMLError[] {
  const tabs = errors.filter((error) => error.code === 'TAB_AS_INDENT');
  return tabs.length > 0 ? tabs : errors.slice(0, 1);
}

const QUOTE_IT = 'put the whole value in double quotes, like summary: "Peer support: every Tuesday"';

/** The parser's error, said plainly, with the likely fix. */
export function explainYamlError(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'is indented with a tab — YAML needs spaces, not tabs: indent with two spaces per level';
    case 'BAD_INDENT':
      return 'is not indented like the lines around it — line up fields at the same level exactly, using spaces';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `has a colon and a space inside a value, which YAML reads as a new field — ${QUOTE_IT}`;
    case 'MULTILINE_IMPLICIT_KEY':
      return 'has a line YAML cannot read as a field — check for a missing colon after the field name, or indent a continued value by two more spaces';
    case 'MISSING_CHAR':
      return explainMissingCharacter(error.message);
    case 'BAD_SCALAR_START':
      return `has a value starting with a character YAML reserves (such as @, \` or %) — ${QUOTE_IT}`;
    case 'BAD_DQ_ESCAPE':
      return 'has a backslash in double quotes that YAML cannot read — write \\\\ for a backslash, or use single quotes';
    case 'MULTIPLE_DOCS':
      return 'has a second document (a line with only ---) — keep one entry per file and remove that line';
    case 'KEY_OVER_1024_CHARS':
      return 'has a field name over 1024 characters — check for a missing line break or colon';
    case 'DUPLICATE_KEY':
      return 'has a field given twice — keep one of them';
    case 'TAG_RESOLVE_FAILED': {
      const tag = /tag: (\S+)/.exec(error.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'a tag';
      return `uses the YAML tag ${tag}, which the site does not read — remove the tag and write the value as plain text`;
    }
    default:
      return `could not be read as YAML (${firstLine(error.message)}) — check this line and the one above it for indentation, quotes and colons`;
  }
}

function explainMissingCharacter(message: string): string {
  if (/closing .?quote/i.test(message))
    return 'has a quote that is never closed — add the closing quote at the end of the value';
  if (/map keys need to be followed by map values/i.test(message)) {
    return 'has a line with no colon after the field name — write it as field: value, or indent it under the field it continues';
  }
  if (/flow (sequence|mapping|collection)|between .* items/i.test(message)) {
    return 'has a list in [brackets] or a set in {braces} that is not written right — separate items with commas and close the bracket on the same line';
  }
  if (/separated .* by white space/i.test(message)) {
    return 'has a # or & or ! straight after other text — put a space before it, or put the whole value in double quotes';
  }
  return `could not be read as YAML (${firstLine(message)}) — check this line and the one above it for indentation, quotes and colons`;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '').trim();
}
