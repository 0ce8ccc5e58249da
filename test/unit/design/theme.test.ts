import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, parseHex } from '../../../src/lib/theme/colour.ts';
import { themeCss } from '../../../src/lib/theme/theme-css.ts';
import { ThemeSchema } from '../../../src/schemas/theme.ts';

const rgb = (hex: string) => parseHex(hex) ?? [0, 0, 0];
/** The custom properties tokens.css sets, light first, then dark. */
function tokens(): { light: Map<string, string>; dark: Map<string, string> } {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');
  const read = (text: string) =>
    new Map(
      [...text.matchAll(/(--[\w-]+):\s*(?:var\(--theme-[\w-]+,\s*)?(#[0-9a-f]{6})/gi)].map((m) => [
        m[1] ?? '',
        m[2] ?? '',
      ]),
    );
  return { light: read(light), dark: new Map([...read(light), ...read(dark)]) };
}

describe('the design tokens', () => {
  it('meet WCAG 2.2 AA contrast for text on every background it is used on, in light and dark mode', () => {
    for (const [mode, colours] of Object.entries(tokens())) {
      const pairs: [string, string, number][] = [
        ['--ink', '--paper', 7],
        ['--ink', '--surface', 7],
        ['--ink-muted', '--paper', 4.5],
        ['--ink-muted', '--surface', 4.5],
        ['--link', '--paper', 4.5],
        ['--link', '--surface', 4.5],
        ['--accent-ink', '--accent', 4.5],
        ['--good-ink', '--good-bg', 4.5],
        ['--warn-ink', '--warn-bg', 4.5],
        ['--crisis-ink', '--crisis-bg', 4.5],
        ['--ink', '--mark-bg', 4.5],
        ['--border-strong', '--surface', 3],
        ['--focus', '--paper', 3],
      ];
      for (const [text, background, needed] of pairs) {
        const ratio = contrast(rgb(colours.get(text) ?? ''), rgb(colours.get(background) ?? ''));
        expect(ratio, `${mode} ${text} on ${background}`).toBeGreaterThanOrEqual(needed);
      }
    }
  });
});

describe('a community’s accent colour', () => {
  it('is refused when white text on it would be hard to read, with a darker shade that passes', () => {
    const result = ThemeSchema.safeParse({ accent: '#f4b400' });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toMatch(/too light for white text on it \(contrast 1\.\d:1, at least 4\.5:1/);
    const suggested = /such as "(#[0-9a-f]{6})"/.exec(message)?.[1] ?? '';
    expect(contrast(rgb(suggested), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(ThemeSchema.safeParse({ accent: suggested }).success).toBe(true);
    expect(ThemeSchema.safeParse({ accent: 'purple' }).error?.issues[0]?.message).toMatch(/six hex digits/);
  });

  it('gives links and dark mode shades of itself that stay readable', () => {
    const css = themeCss('#0b6e4f');
    const value = (name: string) => rgb(new RegExp(`${name}:(#[0-9a-f]{6})`).exec(css)?.[1] ?? '');
    expect(contrast(value('--theme-link'), rgb('#faf8f5'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(value('--theme-accent-dark'), rgb('#201d25'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(value('--theme-link-dark'), rgb('#16141a'))).toBeGreaterThanOrEqual(4.5);
    expect(themeCss(undefined)).toBe('');
  });
});
