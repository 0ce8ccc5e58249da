import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { oneBitPng, packRow } from '../../../src/lib/print/one-bit-png.ts';
import { qrPng } from '../../../src/lib/print/qr-png.ts';

const decode = (src: string) =>
  PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));

describe('an entry’s QR code as a 1-bit PNG', () => {
  it('is a valid PNG whose every pixel is the black or white it was given', () => {
    const isBlack = (x: number, y: number) => (x * 7 + y * 3) % 5 < 2;
    const rows = Array.from({ length: 9 }, (_, y) => packRow(13, (x) => isBlack(x, y)));
    // Two equal rows in a row, as a scaled-up code has.
    rows.splice(4, 0, rows[3] ?? Buffer.alloc(2));
    const png = PNG.sync.read(oneBitPng(13, rows));
    const rowOf = (y: number) => (y <= 3 ? y : y === 4 ? 3 : y - 1);
    expect([png.width, png.height]).toEqual([13, 10]);
    for (let y = 0; y < 10; y++)
      for (let x = 0; x < 13; x++)
        expect(png.data[(y * 13 + x) * 4], `${x},${y}`).toBe(isBlack(x, rowOf(y)) ? 0 : 255);
  });

  it('reads back as the entry’s address, Spanish and long ones too', () => {
    for (const url of [
      'https://circles.example.org/groups/riverside-grief-group/',
      'https://circles.example.org/es/services/synthetic-service-10000-con-un-nombre-bastante-largo/',
    ]) {
      const { src, size } = qrPng(url);
      const png = decode(src);
      expect(png.width).toBe(size);
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url);
    }
  });

  it('is under a third of the same code drawn as SVG, and made once per address', async () => {
    const url = 'https://circles.example.org/es/groups/synthetic-group-5421/';
    // The same code as the SVG that entries' cards carried before (qrcode's own renderer, correction L).
    const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'L' });
    expect(qrPng(url).src.length).toBeLessThan(svg.length / 3);
    expect(qrPng(url)).toBe(qrPng(url));
  });
});
