import { BLACK, contrast, mix, parseHex, shadeWithContrast, toHex, WHITE } from './colour.ts';

/** The page backgrounds the accent must stand out on (src/styles/tokens.css). */
const LIGHT_PAPER = parseHex('#faf8f5') ?? WHITE;
const DARK_PAPER = parseHex('#16141a') ?? BLACK;
const DARK_SURFACE = parseHex('#201d25') ?? BLACK;

/**
 * The custom properties one accent colour sets (the `--theme-*` hooks in tokens.css): the accent itself,
 * a darker shade for hover and links, a pale one for soft backgrounds, and for dark mode a lighter shade
 * readable on the dark page. Empty when no accent is set, so the defaults in tokens.css apply.
 */
export function themeCss(accent: string | undefined): string {
  const rgb = accent ? parseHex(accent) : undefined;
  if (!rgb) return '';
  const link = contrast(rgb, LIGHT_PAPER) >= 7 ? rgb : shadeWithContrast(rgb, LIGHT_PAPER, 7, BLACK);
  const dark = shadeWithContrast(rgb, DARK_SURFACE, 7, WHITE);
  const properties = {
    '--theme-accent': toHex(rgb),
    '--theme-accent-strong': toHex(mix(rgb, BLACK, 0.25)),
    '--theme-accent-soft': toHex(mix(rgb, WHITE, 0.9)),
    '--theme-link': toHex(link),
    '--theme-accent-dark': toHex(dark),
    '--theme-accent-strong-dark': toHex(mix(dark, WHITE, 0.4)),
    '--theme-accent-soft-dark': toHex(mix(rgb, DARK_PAPER, 0.75)),
    '--theme-link-dark': toHex(shadeWithContrast(dark, DARK_PAPER, 7, WHITE)),
  };
  return `:root{${Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';')}}\n`;
}
