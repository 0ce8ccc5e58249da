import { placeHints, placeIsPrivate } from '../privacy/place-hints.ts';
import type { CrossFileIssue, LoadedFile } from './cross-file-rules.ts';
import { textsOf } from './placeholder-text.ts';

const WHY: Record<string, string> = {
  street: 'looks like a street address',
  coordinates: 'holds a map position',
  'map link': 'is a map link with a position in it',
};

const STRUCTURED = new Set([
  'venue',
  'address_1',
  'address_2',
  'city',
  'state',
  'postal_code',
  'latitude',
  'longitude',
]);

/**
 * Free text that gives away what a private location hides: for a group or service shown only by its area,
 * or whose place is given on request, or that meets only online, a street address, a coordinate pair or a
 * map link with a position in any of its texts (directions, notes, descriptions, links) would be published
 * on its page, in print and in every export.
 */
export function privatePlaceText(files: readonly LoadedFile[]): CrossFileIssue[] {
  return files
    .filter(
      (file) => (file.collection === 'groups' || file.collection === 'services') && placeIsPrivate(file.data),
    )
    .flatMap((file) =>
      textsOf(file.data)
        // A street in the location's own fields is already refused by the schema, with its own fix.
        .filter(({ path }) => !(path[0] === 'location' && STRUCTURED.has(String(path[1]))))
        .flatMap(({ path, value }) =>
          placeHints(value).map((hint) => ({
            file: file.file,
            path,
            anchor: 'value' as const,
            message: `${WHY[hint.kind]} ("${hint.text}"), but this ${file.collection === 'groups' ? 'group' : 'service'}'s place is private — take it out: people who ask are told where to go, and the area alone is shown`,
          })),
        ),
    );
}
