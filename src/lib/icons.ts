/**
 * The site's icons: simple line drawings on a 24 × 24 grid, drawn for this project. They always sit
 * beside a text label, never alone, so every one is hidden from screen readers. Pages draw them through
 * Icon.astro, from one sprite file made of this table.
 */
import { createHash } from 'node:crypto';

export const icons = {
  clock: '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
  pin: '<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>',
  area: '<circle cx="12" cy="12" r="8.5" stroke-dasharray="3 3"/><circle cx="12" cy="12" r="1.5"/>',
  online: '<rect x="3" y="5" width="13" height="14" rx="2"/><path d="m16 10 5-3v10l-5-3"/>',
  phone:
    '<path d="M6.5 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5a2 2 0 0 1 2-2z"/>',
  mail: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>',
  message: '<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9.5h8M8 12.5h5"/>',
  globe: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a13 13 0 0 1 0 18M12 3a13 13 0 0 0 0 18"/>',
  calendar: '<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>',
  search: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="m15.5 15.5 5 5"/>',
  locate:
    '<circle cx="12" cy="12" r="7"/><circle cx="12" cy="12" r="2.5"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3"/>',
  moon: '<path d="M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z"/>',
  now: '<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="3.5" fill="currentColor"/>',
  list: '<path d="M9 6h11M9 12h11M9 18h11"/><circle cx="4.5" cy="6" r="1"/><circle cx="4.5" cy="12" r="1"/><circle cx="4.5" cy="18" r="1"/>',
  map: '<path d="m3 6 6-2.5 6 2.5 6-2.5v14.5l-6 2.5-6-2.5-6 2.5z"/><path d="M9 3.5v14.5M15 6v14.5"/>',
  filter: '<path d="M3.5 5h17l-6.5 7.5v6L10 20.5v-8z"/>',
  close: '<path d="m6 6 12 12M18 6 6 18"/>',
  plus: '<path d="M12 5v14M5 12h14"/>',
  check: '<path d="m5 12.5 4.5 4.5L19 7.5"/>',
  printer:
    '<path d="M7 9V3.5h10V9"/><rect x="3.5" y="9" width="17" height="8" rx="2"/><path d="M7 14h10v6.5H7z"/>',
  menu: '<path d="M4 7h16M4 12h16M4 17h16"/>',
  language:
    '<path d="M4 5h9M8.5 3v2M6 5c1 4 3.5 6.5 7 8M11 5c-.8 4-3.5 7-7 8.5"/><path d="m13 20 4-9 4 9M14.3 17h5.4"/>',
  access: '<circle cx="12" cy="4.5" r="1.8"/><path d="M5 8.5 12 10l7-1.5M12 10v4.5l-3 6M12 14.5l3 6"/>',
  tag: '<path d="M3.5 12.5V4.5a1 1 0 0 1 1-1h8l8 8-9 9z"/><circle cx="8.5" cy="8.5" r="1.5"/>',
  info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v5.5M12 7.5v.5"/>',
  alert: '<path d="M12 3.5 21.5 20h-19z"/><path d="M12 10v4.5M12 17.5v.5"/>',
  exit: '<path d="M14 4h5v16h-5"/><path d="M10 8l-4 4 4 4M6 12h10"/>',
  heart: '<path d="M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.3 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z"/>',
  chevron: '<path d="m7 10 5 5 5-5"/>',
  arrow: '<path d="M5 12h14M13 6l6 6-6 6"/>',
  share:
    '<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="m8.3 10.8 7.4-3.6M8.3 13.2l7.4 3.6"/>',
} as const;

export type IconName = keyof typeof icons;

/** How every icon is drawn: the sprite's symbols carry it, so each use on a page is a few bytes. */
const DRAWING =
  'fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"';

/**
 * Every icon as one SVG file of symbols (served at /icons.svg by src/pages/icons.svg.ts). A page refers to
 * its icons instead of repeating them: a list page of 25 cards carried 155 inline drawings, 40 % of its HTML.
 */
export const iconSprite = `<svg xmlns="http://www.w3.org/2000/svg">${Object.entries(icons)
  .map(([name, drawing]) => `<symbol id="${name}" viewBox="0 0 24 24" ${DRAWING}>${drawing}</symbol>`)
  .join('')}</svg>\n`;

/** The sprite's address, versioned by its content, so a cached older sprite never lacks a new icon. */
export const iconSpriteUrl = `/icons.svg?v=${createHash('sha256').update(iconSprite).digest('hex').slice(0, 10)}`;

/** An icon as SVG markup: decorative, hidden from assistive technology, coloured by the text around it. */
export function iconSvg(name: IconName, className = 'icon'): string {
  return `<svg class="${className}" aria-hidden="true"><use href="${iconSpriteUrl}#${name}"/></svg>`;
}
