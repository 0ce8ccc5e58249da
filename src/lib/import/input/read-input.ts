import { readFile, stat } from 'node:fs/promises';
import { ImportInputError } from './import-input-error.ts';

/** Past this an input is surely not a community's directory (the largest feeds are a few megabytes). */
export const MAX_INPUT_BYTES = 50_000_000;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Space, tab, line breaks and a byte-order mark's bytes: a file of only these is empty. */
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The bytes of a local file or an http(s) address, refusing what is missing, empty or too big. */
export async function readInputBytes(source: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const bytes = isUrl(source) ? await download(source, maxBytes) : await readLocal(source, maxBytes);
  if (bytes.every((byte) => WHITESPACE.has(byte)))
    throw new ImportInputError(`${source} is empty — export the data again, or check the file name`);
  return bytes;
}

async function readLocal(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportInputError(
      code === 'ENOENT'
        ? `${file} does not exist — check the path (it is read from the folder you run the command in)`
        : `${file} could not be read (${code ?? String(error)}) — check that it is a file you may read`,
    );
  }
  if (size > maxBytes)
    throw new ImportInputError(
      `${file} is ${megabytes(size)}, over the ${megabytes(maxBytes)} an import reads — split it, or check it is the right file`,
    );
  return new Uint8Array(await readFile(file));
}

async function download(url: string, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new ImportInputError(
      `${url} could not be fetched (${(error as Error).message}) — check the address and your connection`,
    );
  }
  if (!response.ok)
    throw new ImportInputError(
      `${url} answered ${response.status} ${response.statusText} — check the address in a browser`,
    );
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes)
    throw new ImportInputError(
      `${url} is ${megabytes(declared)}, over the ${megabytes(maxBytes)} an import reads`,
    );
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes)
    throw new ImportInputError(
      `${url} is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} an import reads`,
    );
  return bytes;
}
