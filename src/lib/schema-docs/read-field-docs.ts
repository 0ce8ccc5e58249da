import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The JSDoc written on the fields of one `z.object({…})` / `z.strictObject({…})` in `src/schemas/`.
 * The JSDoc is the authors' documentation; this reads it so JSON Schema, editor hovers and
 * CONTRIBUTING.md show the same words and cannot drift from the code.
 */
export interface ObjectDocs {
  /** Where the object is written, for error messages: `src/schemas/group.ts:24`. */
  source: string;
  /** The JSDoc of the constant that holds the object, if the object is the whole of it. */
  description?: string;
  /** Field name → its JSDoc (fields written without one are absent). */
  fields: Map<string, string>;
  /** Every field written in the literal (spread fields are not seen). */
  keys: string[];
  /** Fields whose schema is `z.literal('x')`: tells apart objects with the same keys (location kinds). */
  literals: Map<string, string>;
}

const OBJECT_FACTORIES = new Set(['object', 'strictObject', 'looseObject']);

/** Reads every schema module in a folder (by default `src/schemas`) and returns the docs of each object literal. */
export function readFieldDocs(folder = 'src/schemas'): ObjectDocs[] {
  const found: ObjectDocs[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.ts')) continue;
    const file = path.join(folder, name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const literal = objectLiteralOf(node);
      if (literal) found.push(docsOf(literal, node as ts.CallExpression, source));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The `{…}` passed to `z.object(…)` or `z.strictObject(…)`, if this node is such a call. */
function objectLiteralOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const { expression, name } = node.expression;
  if (!ts.isIdentifier(expression) || expression.text !== 'z' || !OBJECT_FACTORIES.has(name.text))
    return undefined;
  const [first] = node.arguments;
  return first && ts.isObjectLiteralExpression(first) ? first : undefined;
}

function docsOf(
  literal: ts.ObjectLiteralExpression,
  call: ts.CallExpression,
  source: ts.SourceFile,
): ObjectDocs {
  const fields = new Map<string, string>();
  const literals = new Map<string, string>();
  const keys: string[] = [];
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = property.name.getText(source).replace(/^['"]|['"]$/g, '');
    keys.push(key);
    const doc = jsDocText(property);
    if (doc) fields.set(key, doc);
    const value = literalValue(property.initializer);
    if (value !== undefined) literals.set(key, value);
  }
  const { line } = source.getLineAndCharacterOfPosition(call.getStart(source));
  const description = declarationDoc(call);
  return {
    source: `${source.fileName.split(path.sep).join('/')}:${line + 1}`,
    ...(description ? { description } : {}),
    fields,
    keys,
    literals,
  };
}

/** `z.literal('area')` → `area`. */
function literalValue(node: ts.Expression): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  if (node.expression.name.text !== 'literal') return undefined;
  const [first] = node.arguments;
  return first && ts.isStringLiteral(first) ? first.text : undefined;
}

/** The JSDoc of the `const` this object is the value of (through `.refine()` and friends), if any. */
function declarationDoc(call: ts.CallExpression): string | undefined {
  let node: ts.Node = call;
  while (node.parent && !ts.isVariableStatement(node.parent)) {
    // Inside another object's field: that field's JSDoc describes it, not the constant's.
    if (ts.isPropertyAssignment(node.parent) || ts.isArrayLiteralExpression(node.parent)) return undefined;
    if (
      ts.isArrowFunction(node.parent) ||
      (ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression))
    )
      return undefined;
    node = node.parent;
  }
  return node.parent ? jsDocText(node.parent) : undefined;
}

function jsDocText(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
