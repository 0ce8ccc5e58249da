import { decodeContentText } from '../../validation/file-encoding.ts';
import { ImportInputError } from './import-input-error.ts';

/**
 * An input's bytes as UTF-8 text, read exactly as the validator reads a content file (UTF-16, NUL bytes
 * and other encodings refused with the line), so an imported "Señora" never reaches the site as "SeÃ±ora".
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const decoded = decodeContentText(bytes);
  if ('text' in decoded) return decoded.text;
  const spreadsheet = /\.csv$/i.test(name) ? '; from a spreadsheet, export it as "CSV UTF-8"' : '';
  throw new ImportInputError(`${name} ${decoded.problem}${spreadsheet}`);
}
