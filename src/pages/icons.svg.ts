import type { APIRoute } from 'astro';
import { iconSprite } from '../lib/icons.ts';

/** The site's icons as one file of SVG symbols, which every page's icons refer to (lib/icons.ts). */
export const GET: APIRoute = () =>
  new Response(iconSprite, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
