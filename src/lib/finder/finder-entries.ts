import type { ScheduleRule } from '../../schemas/schedule.ts';
import { ALWAYS_OPEN, AT_AREA_CENTRE, decodeRule, type FinderIndex, POINT_SCALE } from './finder-data.ts';

/** An entry as the finder works with it: facet values as vocabulary indexes, rules decoded. */
export interface FinderEntry {
  /** Its position in the index, which is also its place in the name order and in the cards files. */
  index: number;
  kind: 'group' | 'service';
  paused: boolean;
  cost: 'free' | 'donation' | 'fee';
  attendance: 'in_person' | 'online' | 'hybrid';
  /** Index into the area vocabulary, or -1. */
  area: number;
  topics: readonly number[];
  languages: readonly number[];
  audiences: readonly number[];
  categories: readonly number[];
  /** A bit per access feature. */
  access: number;
  /** Where it is, when the public may know: an address, or an area's centre (approximate). */
  point: { lat: number; lng: number; approximate: boolean } | undefined;
  rules: readonly ScheduleRule[];
  /** Open 24 hours a day, every day. */
  always: boolean;
}

const COSTS = { f: 'free', d: 'donation', $: 'fee' } as const;
const ATTENDANCE = { i: 'in_person', o: 'online', h: 'hybrid' } as const;

/** The entries of a finder index (src/lib/finder/finder-data.ts), ready to filter and sort. */
export function decodeIndex(data: FinderIndex): FinderEntry[] {
  const { entries, vocabulary, centre } = data;
  return Array.from({ length: data.count }, (_, index): FinderEntry => {
    const area = entries.area[index] ?? -1;
    const place = entries.place[index];
    const schedule = entries.schedule[index] ?? [];
    const always = schedule.includes(ALWAYS_OPEN);
    const areaCentre = vocabulary.area[area];
    return {
      index,
      kind: entries.kind[index] === 's' ? 'service' : 'group',
      paused: entries.status[index] === 'p',
      cost: COSTS[(entries.cost[index] ?? 'f') as keyof typeof COSTS] ?? 'free',
      attendance: ATTENDANCE[(entries.attendance[index] ?? 'i') as keyof typeof ATTENDANCE] ?? 'in_person',
      area,
      topics: entries.topic[index] ?? [],
      languages: entries.language[index] ?? [],
      audiences: entries.audience[index] ?? [],
      categories: entries.category[index] ?? [],
      access: entries.access[index] ?? 0,
      point: Array.isArray(place)
        ? {
            lat: centre[0] + place[0] / POINT_SCALE,
            lng: centre[1] + place[1] / POINT_SCALE,
            approximate: false,
          }
        : place === AT_AREA_CENTRE && areaCentre
          ? { lat: areaCentre[2], lng: areaCentre[3], approximate: true }
          : undefined,
      rules: always ? [] : schedule.map(decodeRule),
      always,
    };
  });
}
