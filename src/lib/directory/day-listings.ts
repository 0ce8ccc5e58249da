import type { Weekday } from '../../schemas/vocabularies.ts';
import { weekdays } from '../../schemas/vocabularies.ts';
import { meetsOn } from '../schedule/weekdays.ts';
import { byName } from '../text.ts';
import type { DayListing, PublicGroup } from './types.ts';

/**
 * Each weekday's meetings of these groups (closed ones left out), by starting time, then by name: the
 * directory's day lists, and a handout's days from its own groups alone.
 */
export function dayListings(groups: readonly PublicGroup[]): Map<Weekday, DayListing[]> {
  const byWeekday = new Map<Weekday, DayListing[]>();
  for (const weekday of Object.keys(weekdays) as Weekday[]) {
    const listings: DayListing[] = [];
    for (const group of groups) {
      if (group.status === 'closed') continue;
      for (const rule of group.meetings) if (meetsOn([rule], weekday)) listings.push({ group, rule });
    }
    listings.sort((a, b) => a.rule.opens_at.localeCompare(b.rule.opens_at) || byName(a.group, b.group));
    byWeekday.set(weekday, listings);
  }
  return byWeekday;
}
