/**
 * Colour arithmetic for the site's theme: WCAG 2.2 contrast ratios, and lighter or darker shades of one
 * accent colour, so a community sets one colour and every state (hover, soft backgrounds, dark mode)
 * follows from it with readable contrast.
 */
export type Rgb = [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

/** `#5b2a86` as red, green and blue from 0 to 255, or undefined when it is not a six-digit hex colour. */
export function parseHex(hex: string): Rgb | undefined {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `amount` (0–1) of the way from `from` to `to`. */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((channel, index) => channel + ((to[index] ?? 0) - channel) * amount) as Rgb;
}

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** The nearest shade of `colour`, towards `towards`, with at least `ratio` contrast on `background`. */
export function shadeWithContrast(colour: Rgb, background: Rgb, ratio: number, towards: Rgb): Rgb {
  for (let step = 0; step <= 20; step++) {
    const shade = mix(colour, towards, step / 20);
    if (contrast(shade, background) >= ratio) return shade;
  }
  return towards;
}
