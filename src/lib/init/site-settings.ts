import { v4 as uuidv4 } from 'uuid';
import type { Point } from '../../schemas/area.ts';
import type { Bounds } from '../../schemas/site.ts';

/** What `npm run init` asks, once read and checked. */
export interface InitAnswers {
  name: string;
  regionName: string;
  country: string;
  timezone: string;
  bounds: Bounds;
  centre: Point;
  languages: string[];
  repository: string;
  url: string;
  crisisLines: Record<string, unknown>[];
}

/** Countries that measure road distances in miles. */
const MILES = new Set(['US', 'GB', 'LR', 'MM']);

const TAGLINE = {
  en: (region: string) => `Peer support groups and services in ${region}: find people who understand.`,
  es: (region: string) =>
    `Grupos de apoyo entre pares y servicios en ${region}: encuentra personas que te entienden.`,
} as const;

/** The web address GitHub Pages gives a repository: https://owner.github.io/name/. */
export function pagesUrlOf(repository: string): string | undefined {
  const match = /^https:\/\/github\.com\/([^/]+)\/([^/#?]+?)(?:\.git)?\/?$/i.exec(repository);
  return match ? `https://${match[1]?.toLowerCase()}.github.io/${match[2]}/` : undefined;
}

/**
 * The new site.yaml: the answers, the demo's map tiles and limits kept, a fresh id namespace (the demo's
 * would give another directory's entries the demo's ids), and crisis lines only as given.
 */
export function siteSettings(answers: InitAnswers, demo: { map: { tiles: string; attribution: string } }) {
  const taglines = Object.fromEntries(
    answers.languages
      .filter((lang): lang is keyof typeof TAGLINE => lang in TAGLINE)
      .map((lang) => [lang, TAGLINE[lang](answers.regionName)]),
  );
  return {
    name: answers.name,
    tagline: Object.keys(taglines).length === 1 ? Object.values(taglines)[0] : taglines,
    url: answers.url,
    demo: false,
    region: { name: answers.regionName, country: answers.country, bounds: answers.bounds },
    timezone: answers.timezone,
    default_language: answers.languages[0],
    languages: answers.languages,
    distance_unit: MILES.has(answers.country) ? 'mi' : 'km',
    map: { centre: answers.centre, zoom: 11, tiles: demo.map.tiles, attribution: demo.map.attribution },
    repository: { url: answers.repository, branch: 'main' },
    crisis_lines: answers.crisisLines,
    stale_after_months: 12,
    open_data: { licence: 'CC-BY-4.0', id_namespace: uuidv4() },
  };
}
