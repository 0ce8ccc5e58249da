import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../lib/directory/load-directory.ts';

export const getStaticPaths = (() => inEveryLanguage()) satisfies GetStaticPaths;

/**
 * The list of every entry and the lists it belongs to. The build's coverage check reads it to prove
 * each entry reached every page it should; it is also a small open index of the directory.
 */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { groups, services, groupsByWeekday } = await getDirectory(currentLocale);
  const days = new Map<string, string[]>();
  for (const [weekday, listings] of groupsByWeekday) {
    for (const { group } of listings)
      days.set(group.id, [...new Set([...(days.get(group.id) ?? []), weekday])]);
  }
  const entries = [...groups, ...services].map((entry) => ({
    kind: entry.kind,
    id: entry.id,
    name: entry.name,
    url: entry.url,
    status: entry.status,
    topics: entry.topics.map((topic) => topic.id),
    area: entry.location.area?.id ?? null,
    /** `address` or `area` when the entry has a public place (and so belongs on the map), else null. */
    place: entry.location.kind === 'address' || entry.location.kind === 'area' ? entry.location.kind : null,
    weekdays: entry.kind === 'group' ? (days.get(entry.id) ?? []) : [],
  }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
