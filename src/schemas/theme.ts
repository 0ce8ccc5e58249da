import { z } from 'astro/zod';
import { BLACK, contrast, parseHex, shadeWithContrast, toHex, WHITE } from '../lib/theme/colour.ts';

/** White text on buttons and the header needs this contrast on the accent (WCAG 2.2 AA for text). */
export const ACCENT_MIN_CONTRAST = 4.5;

const AccentSchema = z.string().superRefine((value, ctx) => {
  const rgb = parseHex(value);
  if (!rgb) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a colour — write it as # and six hex digits, such as "#5b2a86"`,
    });
    return;
  }
  const ratio = contrast(rgb, WHITE);
  if (ratio < ACCENT_MIN_CONTRAST) {
    const darker = toHex(shadeWithContrast(rgb, WHITE, ACCENT_MIN_CONTRAST + 0.2, BLACK));
    ctx.addIssue({
      code: 'custom',
      message: `is too light for white text on it (contrast ${ratio.toFixed(1)}:1, at least ${ACCENT_MIN_CONTRAST}:1 is needed to be readable) — use a darker shade, such as "${darker}"`,
    });
  }
});

/** A logo's file name in the content folder: `logo.svg`, `mark-2.png`. */
export const LOGO_FILE = /^[a-z0-9][a-z0-9-]*\.(svg|png)$/;

/** How the site looks: the community's own colour and logo. Everything else follows from them. */
export const ThemeSchema = z.strictObject({
  /**
   * The accent colour of buttons, links and map markers, as `"#rrggbb"`. White text must be readable on
   * it (contrast 4.5:1 or more); the validator suggests a darker shade if it is not. Dark mode uses a
   * lighter shade of it, worked out for you.
   */
  accent: AccentSchema.optional(),
  /**
   * A logo shown before the site's name: the name of an `.svg` or `.png` file in the content folder,
   * such as `logo.svg`. It is shown about 32 pixels high; keep the file under 100 KB.
   */
  logo: z
    .string()
    .regex(LOGO_FILE, {
      error:
        'is not a logo file name — use lowercase letters, digits and hyphens, ending in .svg or .png, such as logo.svg',
    })
    .optional(),
});

export type ThemeData = z.output<typeof ThemeSchema>;
