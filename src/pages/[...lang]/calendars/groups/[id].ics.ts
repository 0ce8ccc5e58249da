import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../../lib/directory/load-directory.ts';
import type { PublicGroup } from '../../../../lib/directory/types.ts';
import { groupsCalendar, hasCalendar } from '../../../../lib/open-data/ical.ts';
import { idMaker } from '../../../../lib/open-data/ids.ts';
import { absoluteUrl } from '../../../../lib/open-data/site-url.ts';
import { referenceDate } from '../../../../lib/staleness.ts';

/** One group's meetings as a calendar to add or subscribe to, in each language. */
export const getStaticPaths = (() =>
  inEveryLanguage(({ groups }) =>
    groups.filter(hasCalendar).map((group) => ({ params: { id: group.id }, props: { group } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: PublicGroup }> = async ({ props, currentLocale }) => {
  const directory = await getDirectory(currentLocale);
  const text = groupsCalendar([props.group], {
    directory,
    id: idMaker(directory.site),
    name: props.group.name,
    url: absoluteUrl(directory.site, props.group.url),
    today: referenceDate(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
