import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/**
 * A QR code as SVG. A list's code is made at build time for each handout, so paper leads back to the site
 * with no script, and in the browser for "my list", whose address only the visitor's choices make; it is
 * larger and sturdier (error correction M) than an entry's small code. "My list" also draws its entries'
 * codes with this, at the level of their printed PNGs (qr-png.ts): L.
 */
export function qrSvg(url: string, level: 'L' | 'M' = 'M'): Promise<string> {
  const key = `${level} ${url}`;
  let svg = made.get(key);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: level });
    made.set(key, svg);
  }
  return svg;
}
