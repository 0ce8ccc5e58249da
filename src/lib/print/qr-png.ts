import QRCode from 'qrcode';
import { oneBitPng, packRow } from './one-bit-png.ts';

/** White modules around the code, as the QR standard asks for at least 2 (4 is the full quiet zone). */
const MARGIN = 2;
/** Pixels per module: 8 puts about 400 pixels to the inch on an 18 mm code, so nothing blurs on paper. */
const SCALE = 8;

const made = new Map<string, { src: string; size: number }>();

/**
 * An entry's QR code as a 1-bit PNG data address for an <img>, made once per URL in a build. A handout
 * prints up to 100 of them, and every entry page carries its own for "my list": as SVG paths each was
 * about 2 KB, three quarters of a handout's bytes; this is about 0.6 KB. A list's own code, one per
 * page and also drawn in the browser for "my list", stays SVG (qr-svg.ts).
 */
export function qrPng(url: string): { src: string; size: number } {
  let image = made.get(url);
  if (!image) {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'L' });
    const side = modules.size + 2 * MARGIN;
    const dark = (row: number, column: number) =>
      row >= 0 &&
      column >= 0 &&
      row < modules.size &&
      column < modules.size &&
      Boolean(modules.get(row, column));
    // One packed row per row of modules, repeated SCALE times: the pixels are never visited one by one
    // for every row (at 10,000 entries that was 20,000 codes of 87,000 pixels each).
    const rows = Array.from({ length: side }, (_, row) =>
      packRow(side * SCALE, (x) => dark(row - MARGIN, Math.floor(x / SCALE) - MARGIN)),
    ).flatMap((row) => Array<Buffer>(SCALE).fill(row));
    image = {
      src: `data:image/png;base64,${oneBitPng(side * SCALE, rows).toString('base64')}`,
      size: side * SCALE,
    };
    made.set(url, image);
  }
  return image;
}
