import { pageUrl } from '../paths.ts';
import type { PrintList } from './print-lists.ts';

/**
 * The most entries one handout holds: about 20 sheets in the standard layout and 8 in the pocket one,
 * already more than anyone hands over at a clinic desk. A longer list is split (see `handouts`).
 */
export const HANDOUT_CAP = 100;

/** Where a handout sits among the parts of a list too long for one. */
export interface HandoutPart {
  number: number;
  /** The paths of every part, the first being the list's own. */
  paths: string[];
  /** The entries on this part, 1-based, of the list's `total`. */
  first: number;
  last: number;
  total: number;
}

/** A narrower handout that a whole-directory list was split into. */
export interface NarrowerHandout {
  path: string;
  title: string;
  groups: number;
  services: number;
}

/** A page under /print/: one list, or one part of it, as it goes on paper. */
export interface Handout extends PrintList {
  part?: HandoutPart;
  /** Set when the whole directory is too large for one handout: the handouts to print instead. */
  splitInto?: NarrowerHandout[];
  /** The list's size before the split, for the sentence that says so. */
  listed?: number;
}

const size = (list: PrintList) => list.groups.length + list.services.length;

/** A list too long for one handout, cut into parts of at most `cap` entries (groups, then services). */
function inParts(list: Handout, cap: number): Handout[] {
  const entries = [...list.groups, ...list.services];
  if (entries.length <= cap) return [list];
  const count = Math.ceil(entries.length / cap);
  const paths = Array.from({ length: count }, (_, n) => pageUrl(list.path, n + 1));
  return paths.map((path, n) => {
    const slice = entries.slice(n * cap, (n + 1) * cap);
    return {
      ...list,
      path,
      groups: slice.filter((entry) => entry.kind === 'group'),
      services: slice.filter((entry) => entry.kind === 'service'),
      part: { number: n + 1, paths, first: n * cap + 1, last: n * cap + slice.length, total: entries.length },
    } as Handout;
  });
}

/**
 * A whole-directory list over the cap helps nobody on paper: it becomes a page pointing to the area and
 * topic handouts that hold its entries, and prints only the entries none of them holds (no area, no topic).
 */
function splitByAreaAndTopic(list: PrintList, lists: readonly PrintList[]): Handout {
  const narrower = lists.filter(
    (other) => other.scope === 'topic' || (other.scope === 'area' && other.covers === list.covers),
  );
  const covered = new Set(narrower.flatMap((other) => [...other.groups, ...other.services]));
  const splitInto = narrower
    .map((other) => ({
      path: other.path,
      title: other.title,
      groups: list.groups.length > 0 ? other.groups.length : 0,
      services: list.services.length > 0 ? other.services.length : 0,
    }))
    .filter((other) => other.groups + other.services > 0);
  return {
    ...list,
    groups: list.groups.filter((entry) => !covered.has(entry)),
    services: list.services.filter((entry) => !covered.has(entry)),
    splitInto,
    listed: size(list),
  };
}

/**
 * Every handout page, sized for paper: a whole-directory list over the cap is split by area and topic
 * (the area handouts of the same kinds, and the topic handouts), and any list still over the cap is
 * printed in parts. Below the cap every list is one handout, as before.
 */
export function handouts(lists: readonly PrintList[], cap = HANDOUT_CAP): Handout[] {
  return lists.flatMap((list) =>
    inParts(list.scope === 'directory' && size(list) > cap ? splitByAreaAndTopic(list, lists) : list, cap),
  );
}
