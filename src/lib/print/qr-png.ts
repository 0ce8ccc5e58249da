import QRCode from 'qrcode';
import { oneBitPng } from './one-bit-png.ts';

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
    const size = (modules.size + 2 * MARGIN) * SCALE;
    const module = (pixel: number) => Math.floor(pixel / SCALE) - MARGIN;
    const isBlack = (x: number, y: number) => {
      const [column, row] = [module(x), module(y)];
      const inside = column >= 0 && row >= 0 && column < modules.size && row < modules.size;
      return inside && Boolean(modules.get(row, column));
    };
    image = { src: `data:image/png;base64,${oneBitPng(size, size, isBlack).toString('base64')}`, size };
    made.set(url, image);
  }
  return image;
}
