import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/**
 * A QR code for a URL as inline SVG, made at build time so paper leads back to the site with no script.
 * `entry` codes are small (low error correction, fewer modules); a list's code is larger and sturdier.
 * An entry is on several lists, so each code is made once per build.
 */
export function qrSvg(url: string, size: 'entry' | 'list'): Promise<string> {
  const key = `${size} ${url}`;
  let svg = made.get(key);
  if (!svg) {
    svg = QRCode.toString(url, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: size === 'entry' ? 'L' : 'M',
    });
    made.set(key, svg);
  }
  return svg;
}
