import type { PublicEntry } from '../directory/types.ts';

/** Which of the legend's explanations a printed list needs: only what its entries show. */
export interface LegendUses {
  paused: boolean;
  areaOnly: boolean;
  onRequest: boolean;
}

export function legendUses(entries: readonly PublicEntry[]): LegendUses {
  return {
    paused: entries.some((entry) => entry.status === 'paused'),
    areaOnly: entries.some((entry) => entry.location.kind === 'area'),
    onRequest: entries.some((entry) => entry.location.kind === 'on_request'),
  };
}
