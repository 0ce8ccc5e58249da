import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type YAMLMap } from 'yaml';

/**
 * Writing entries as YAML. A new file is written in the house style; an existing one is changed in
 * place: only the fields whose values change are rewritten, at their own place in the text, so the
 * comments, order, quoting and line breaks volunteers wrote stay as they were and the pull request shows
 * only the lines that changed.
 */

const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Times stay in quotes, as CONTRIBUTING asks volunteers to write them, and short lists on one line. */
function houseStyle(node: unknown): void {
  visit(node as never, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && /^\d\d:\d\d$/.test(scalar.value))
        scalar.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
}

/** A new entry file: comment lines, then the data in the order given. */
export function newEntryYaml(data: Record<string, unknown>, comments: string[]): string {
  const doc = new Document(data);
  houseStyle(doc);
  return `${comments.map((line) => `# ${line}\n`).join('')}${doc.toString(OUTPUT)}`;
}

/** The file's data as written (dates as text), for changing a copy. */
export function dataOf(text: string): Record<string, unknown> {
  const value = parseDocument(text).toJS() as unknown;
  return JSON.parse(
    JSON.stringify(value ?? {}, (_key, item) =>
      item instanceof Date ? item.toISOString().slice(0, 10) : item,
    ),
  ) as Record<string, unknown>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Edits at the same place are applied in the order they were made. */
  order?: number;
}

/** The file with `after` written over it: only fields that differ are touched. */
export function editedYaml(text: string, after: Record<string, unknown>): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new Error('the file does not hold a map of fields');
  const edits: Edit[] = [];
  editMap(text, doc.contents, dataOf(text), after, edits);
  edits.forEach((edit, index) => {
    edit.order = index;
  });
  let result = '';
  let cursor = 0;
  // At one place, new lines go in before the text that is replaced there.
  const inserts = (edit: Edit) => (edit.start === edit.end ? 0 : 1);
  for (const edit of edits.sort(
    (a, b) => a.start - b.start || inserts(a) - inserts(b) || (a.order ?? 0) - (b.order ?? 0),
  )) {
    result += text.slice(cursor, Math.max(cursor, edit.start)) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return result + text.slice(cursor);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
/** The end of the line `offset` is on; an offset just after a line break (block values end there) is one. */
const lineEnd = (text: string, offset: number) => {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
};

/** `key: value` in the house style, its lines after the first indented to `indent`. */
function pairText(key: string, value: unknown, indent: number): string {
  const doc = new Document({ [key]: value });
  houseStyle(doc);
  return doc
    .toString(OUTPUT)
    .trimEnd()
    .split('\n')
    .join(`\n${' '.repeat(indent)}`);
}

interface Located {
  key: string;
  start: number;
  /** Where the value ends (before any comment on its last line). */
  end: number;
  value: unknown;
}

function locate(map: YAMLMap): Located[] {
  return map.items.flatMap((pair): Located[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    if (key === undefined || !keyRange) return [];
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    return [{ key, start: keyRange[0], end: valueRange ? valueRange[1] : keyRange[1], value: pair.value }];
  });
}

function editMap(
  text: string,
  map: YAMLMap,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  edits: Edit[],
): void {
  const pairs = locate(map);
  const indent = (offset: number) => offset - lineStart(text, offset);
  for (const pair of pairs) {
    const old = before[pair.key];
    const now = after[pair.key];
    if (same(old, now)) continue;
    if (!(pair.key in after)) {
      edits.push({ start: lineStart(text, pair.start), end: lineEnd(text, pair.end), text: '' });
      continue;
    }
    const node = pair.value;
    if (isMap(node) && !node.flow && isPlainObject(old) && isPlainObject(now)) {
      editMap(text, node, old, now, edits);
      continue;
    }
    if (isSeq(node) && !node.flow && Array.isArray(old) && Array.isArray(now) && old.length === now.length) {
      const items = node.items;
      // An item whose first field ("- byday: …") goes is rewritten whole, so its dash stays.
      const keepsFirst = (item: unknown, index: number) => {
        const first = isMap(item) ? locate(item)[0]?.key : undefined;
        return first !== undefined && first in ((now[index] ?? {}) as object);
      };
      if (items.every((item, index) => isMap(item) && !item.flow && keepsFirst(item, index))) {
        items.forEach((item, index) => {
          editMap(
            text,
            item as YAMLMap,
            old[index] as Record<string, unknown>,
            now[index] as Record<string, unknown>,
            edits,
          );
        });
        continue;
      }
    }
    // A block value ends after its line break; the new text must keep one there.
    const lineBreak = text[pair.end - 1] === '\n' ? '\n' : '';
    edits.push({
      start: pair.start,
      end: pair.end,
      text: pairText(pair.key, now, indent(pair.start)) + lineBreak,
    });
  }
  // New fields go after the field before them in `after`'s order, or first.
  const keys = Object.keys(after);
  keys.forEach((key, index) => {
    if (pairs.some((pair) => pair.key === key)) return;
    const previous = keys
      .slice(0, index)
      .reverse()
      .map((name) => pairs.find((pair) => pair.key === name))
      .find((pair) => pair !== undefined && pair.key in after);
    const first = pairs[0];
    if (!first) return;
    const column = indent(first.start);
    if (previous) {
      const at = lineEnd(text, previous.end);
      edits.push({ start: at, end: at, text: `${' '.repeat(column)}${pairText(key, after[key], column)}\n` });
    } else {
      edits.push({
        start: first.start,
        end: first.start,
        text: `${pairText(key, after[key], column)}\n${' '.repeat(column)}`,
      });
    }
  });
}
