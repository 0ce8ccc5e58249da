/**
 * Lighthouse over one page, several times, on the machine's Chromium: the mobile preset (Lighthouse's
 * default: a mid-range phone, simulated slow 4G and a 4× slower CPU), and the median of each figure,
 * since one run's performance score swings by a few points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface AuditFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint and Total Blocking Time, milliseconds. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred, as the server sent them (compressed). */
  transfer: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** One Lighthouse run in a fresh Chromium (no cache carried over from the last run). */
async function once(url: string, blocked: readonly string[]): Promise<AuditFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // Map tiles come from a tile server this closed network cannot reach: blocked, not waited for.
      blockedUrlPatterns: [...blocked],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      transfer: value('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}

/** `runs` Lighthouse runs of one page; each figure is the median of its runs. */
export async function auditPage(
  url: string,
  runs: number,
  blocked: readonly string[] = [],
): Promise<AuditFigures> {
  const results: AuditFigures[] = [];
  for (let run = 0; run < runs; run++) results.push(await once(url, blocked));
  const keys = Object.keys(results[0] ?? {}) as (keyof AuditFigures)[];
  return Object.fromEntries(
    keys.map((key) => [key, median(results.map((result) => result[key]))]),
  ) as unknown as AuditFigures;
}
