import { type ServiceCategory, serviceCategories, type Weekday } from '../../schemas/vocabularies.ts';
import { dayListings } from '../directory/day-listings.ts';
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
 * A list's groups by weekday, each day by start time, as the directory's day lists order them but made
 * from the list's own groups: filtering the whole directory's days for each of 6,336 handouts took a
 * third of a 100,000-entry build's rendering. A group that meets on two days is under both; empty days
 * are left out.
 */
export function groupsByDay(groups: readonly PublicGroup[]): DaySection[] {
  return [...dayListings(groups)]
    .map(([weekday, listings]) => ({ weekday, listings }))
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
