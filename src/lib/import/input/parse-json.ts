import { ImportInputError } from './import-input-error.ts';

/** JSON text parsed, or one error naming the line and column where it stops being JSON. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    // V8 gives the position for some mistakes and not others (then the checker's message is the help).
    const where = position === undefined ? '' : ` at ${lineAndColumn(text, Number(position))}`;
    const looksLikeHtml = /^\s*</.test(text);
    throw new ImportInputError(
      looksLikeHtml
        ? `${name} is a web page (HTML), not JSON — use the feed's own address, such as https://example.org/wp-admin/admin-ajax.php?action=meetings`
        : `${name} is not valid JSON${where} — check that it is the feed itself, not a page about it; a JSON checker shows the mistake`,
    );
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
