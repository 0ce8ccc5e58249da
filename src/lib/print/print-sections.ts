import { type ServiceCategory, serviceCategories, type Weekday } from '../../schemas/vocabularies.ts';
import type { DayListing, PublicGroup, PublicService } from '../directory/types.ts';

export interface DaySection {
  weekday: Weekday;
  listings: DayListing[];
}

export interface CategorySection {
  category: ServiceCategory;
  services: PublicService[];
}

/**
 * A list's groups by weekday, each day by start time: the directory's own day listings, kept to the
 * groups on this list. A group that meets on two days is under both; empty days are left out.
 */
export function groupsByDay(
  groupsByWeekday: ReadonlyMap<Weekday, DayListing[]>,
  groups: readonly PublicGroup[],
): DaySection[] {
  const ids = new Set(groups.map((group) => group.id));
  return [...groupsByWeekday]
    .map(([weekday, listings]) => ({ weekday, listings: listings.filter(({ group }) => ids.has(group.id)) }))
    .filter((section) => section.listings.length > 0);
}

/** A list's services by kind, in the vocabulary's order; a service of two kinds is under both. */
export function servicesByCategory(services: readonly PublicService[]): CategorySection[] {
  return (Object.keys(serviceCategories) as ServiceCategory[])
    .map((category) => ({
      category,
      services: services.filter((service) => service.categories.includes(category)),
    }))
    .filter((section) => section.services.length > 0);
}
