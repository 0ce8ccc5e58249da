import { comparable } from '../text.ts';
import type { Draft } from './draft.ts';

/**
 * Feeds often list several groups of one name ("Serenity Group" in three towns) and give many meetings
 * the same boilerplate notes. The validator takes both for a file copied by mistake, so the importer
 * tells them apart the way its message asks: the name gets its area (or city, or first day and time),
 * and a shared description starts with the group's own name. Each change is reported.
 */

const locationOf = (draft: Draft) => (draft.data.location ?? {}) as { area?: string; city?: string };

function firstTime(draft: Draft): string | undefined {
  const rules = (draft.data.meetings ?? draft.data.hours) as
    | { byday?: string[]; opens_at?: string }[]
    | undefined;
  const rule = Array.isArray(rules) ? rules[0] : undefined;
  return rule ? `${rule.byday?.[0] ?? ''} ${rule.opens_at ?? ''}`.trim() : undefined;
}

/** Labels that may tell drafts of one name apart, most readable first. */
const distinctions = (draft: Draft, areaLabel: (id: string) => string) => [
  locationOf(draft).area ? areaLabel(locationOf(draft).area as string) : undefined,
  locationOf(draft).city,
  firstTime(draft),
];

function renameShared(drafts: Draft[], areaLabel: (id: string) => string): void {
  const byName = Map.groupBy(drafts, (draft) => `${draft.collection} ${comparable(draft.name)}`);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (let level = 0; level < 3; level++) {
      const names = same.map((draft) => distinctions(draft, areaLabel)[level]);
      if (names.some((name) => !name) || new Set(names).size !== same.length) continue;
      same.forEach((draft, index) => {
        const name = `${draft.name} (${names[index]})`.slice(0, 120);
        draft.notes.push(
          `shares its name with ${same.length - 1} other record(s) of the source; written as "${name}" so they can be told apart`,
        );
        draft.name = name;
        draft.data.name = name;
      });
      break;
    }
  }
}

function prefixSharedDescriptions(drafts: Draft[]): void {
  const byText = Map.groupBy(
    drafts.filter((draft) => typeof draft.data.description === 'string'),
    (draft) => comparable(draft.data.description as string),
  );
  for (const [text, same] of byText) {
    if (same.length < 2 || text.length < 60) continue;
    for (const draft of same) {
      draft.data.description = `${draft.name}: ${draft.data.description as string}`.slice(0, 4000);
      draft.notes.push(
        'its description is the same as other records’ in the source; written starting with its name — write its own',
      );
    }
  }
}

/** Renames drafts that share a name and prefixes shared descriptions, in place. */
export function tellApart(drafts: Draft[], areaLabel: (id: string) => string): void {
  renameShared(drafts, areaLabel);
  prefixSharedDescriptions(drafts);
}
