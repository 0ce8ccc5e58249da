import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import type { DayListing } from '../../../../lib/directory/types.ts';
import { dayslugs } from '../../../../lib/paths.ts';

/**
 * The groups meeting on one weekday, with that day's rules: the home page's "meeting today" fetches only
 * today's file, in the browser, so the day is the visitor's and the download stays small at any scale.
 */
export const getStaticPaths = (() =>
  inEveryLanguage(({ groupsByWeekday }) =>
    [...groupsByWeekday].map(([weekday, listings]) => ({
      params: { day: dayslugs[weekday] },
      props: { listings: listings.filter((listing) => listing.group.status === 'active') },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ listings: DayListing[] }> = ({ props }) => {
  const meetings = props.listings.map(({ group, rule }) => ({
    name: group.name,
    url: group.url,
    where: group.location.area?.label ?? null,
    attendance: group.attendance,
    rules: [rule],
  }));
  return new Response(JSON.stringify(meetings), { headers: { 'Content-Type': 'application/json' } });
};
