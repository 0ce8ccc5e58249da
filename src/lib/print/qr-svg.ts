import QRCode from 'qrcode';

/** The last code made: a long list's handout prints in parts, one after another, all with the list's code. */
let last: { key: string; svg: Promise<string> } | undefined;

/**
 * A QR code as SVG. A list's code is made at build time for each handout, so paper leads back to the site
 * with no script, and in the browser for "my list", whose address only the visitor's choices make; it is
 * larger and sturdier (error correction M) than an entry's small code. "My list" also draws its entries'
 * codes with this, at the level of their printed PNGs (qr-png.ts): L. Only the last one is remembered:
 * keeping every list's code held 22 MiB at 10,000 entries, for lists that no other page asks for again.
 */
export function qrSvg(url: string, level: 'L' | 'M' = 'M'): Promise<string> {
  const key = `${level} ${url}`;
  if (last?.key !== key)
    last = { key, svg: QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: level }) };
  return last.svg;
}
