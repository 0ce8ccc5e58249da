import type { FinderStrings, SummaryParts } from '../../i18n/en/finder.ts';
import { weekdayName } from '../schedule/weekday-name.ts';
import type { FinderIndex, Labelled } from './finder-data.ts';
import type { FinderQuery } from './query.ts';
import type { ParsedText } from './text-query.ts';
import type { WhenWindow } from './time-facts.ts';

/** A facet's chosen values, ticked or typed. */
const chosen = (query: FinderQuery, parsed: ParsedText | undefined, facet: keyof FinderQuery & string) => [
  ...new Set([
    ...((query[facet] as string[] | undefined) ?? []),
    ...(parsed?.constraints.get(facet as never) ?? []),
  ]),
];

const labelsOf = (
  list: readonly Labelled[] | readonly [string, string, ...unknown[]][],
  ids: readonly string[],
) => ids.flatMap((id) => list.find((item) => item[0] === id)?.[1] ?? []);

/** The words for what a query asks, for the finder's one-line summary ("Online grief groups tonight: 2"). */
export function summaryParts(
  query: FinderQuery,
  parsed: ParsedText | undefined,
  index: FinderIndex,
  strings: FinderStrings,
  count: number,
  near: string | undefined,
): SummaryParts {
  const v = index.vocabulary;
  const kinds = chosen(query, parsed, 'kind');
  const attendance = chosen(query, parsed, 'attendance');
  const short = (label: string) => label.split(' (')[0] ?? label;
  return {
    count,
    kind: kinds.length === 1 ? (kinds[0] as 'group' | 'service') : 'both',
    topics: labelsOf(v.topic, chosen(query, parsed, 'topic')),
    attendance: attendance.length === 1 ? (attendance[0] as 'in_person' | 'online') : undefined,
    when: query.when ?? ([...(parsed?.constraints.get('when') ?? [])][0] as WhenWindow | undefined),
    days: chosen(query, parsed, 'day').map((day) => weekdayName(day as never, index.lang)),
    times: chosen(query, parsed, 'time').map((time) =>
      short(strings.times[time as keyof FinderStrings['times']] ?? time),
    ),
    near,
    others: [
      ...labelsOf(v.language, chosen(query, parsed, 'language')).map(short),
      ...labelsOf(v.audience, chosen(query, parsed, 'audience')),
      ...labelsOf(v.cost, chosen(query, parsed, 'cost')),
      ...labelsOf(v.access, chosen(query, parsed, 'access')),
      ...labelsOf(v.area, chosen(query, parsed, 'area')),
      ...labelsOf(v.category, chosen(query, parsed, 'category')),
    ],
  };
}
