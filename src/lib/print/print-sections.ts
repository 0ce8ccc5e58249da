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

/**
 * A list's services by their main kind (the first category given), in the vocabulary's order. Unlike a
 * group's days, a service is printed once: repeating it under every kind would double the paper.
 */
export function servicesByCategory(services: readonly PublicService[]): CategorySection[] {
  return (Object.keys(serviceCategories) as ServiceCategory[])
    .map((category) => ({
      category,
      services: services.filter((service) => service.categories[0] === category),
    }))
    .filter((section) => section.services.length > 0);
}
