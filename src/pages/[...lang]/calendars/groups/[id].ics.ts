import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../../lib/directory/load-directory.ts';
import type { PublicGroup } from '../../../../lib/directory/types.ts';
import { calendarGroups, groupCalendarText } from '../../../../lib/open-data/entry-files.ts';
import { referenceDate } from '../../../../lib/staleness.ts';

/**
 * One group's meetings as a calendar to add or subscribe to, in each language, for `astro dev`. A build
 * writes these files itself (integrations/entry-files.ts): as routes they cost what a page does.
 */
export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? inEveryLanguage((directory) =>
        calendarGroups(directory).map((group) => ({ params: { id: group.id }, props: { group } })),
      )
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: PublicGroup }> = async ({ props, currentLocale }) =>
  new Response(groupCalendarText(props.group, await getDirectory(currentLocale), referenceDate()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
