import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/**
 * A list's QR code as inline SVG: made at build time for each handout, so paper leads back to the site
 * with no script, and in the browser for "my list", whose address only the visitor's choices make. It
 * is larger and sturdier (error correction M) than an entry's small code (qr-png.ts).
 */
export function qrSvg(url: string): Promise<string> {
  let svg = made.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    made.set(url, svg);
  }
  return svg;
}
