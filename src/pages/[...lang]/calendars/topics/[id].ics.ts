import type { APIRoute, GetStaticPaths } from 'astro';
import { useStrings } from '../../../../i18n/index.ts';
import { inEveryLanguage } from '../../../../lib/directory/language-routes.ts';
import { getDirectory } from '../../../../lib/directory/load-directory.ts';
import type { PublicGroup, PublicTopic } from '../../../../lib/directory/types.ts';
import { groupsCalendar } from '../../../../lib/open-data/ical.ts';
import { idMaker } from '../../../../lib/open-data/ids.ts';
import { absoluteUrl } from '../../../../lib/open-data/site-url.ts';
import { referenceDate } from '../../../../lib/staleness.ts';

/** Every active group's meetings on one topic, one calendar per topic and language. */
export const getStaticPaths = (() =>
  inEveryLanguage(({ topics, entriesByTopic }) =>
    topics.map((topic) => ({
      params: { id: topic.id },
      props: {
        topic,
        groups: (entriesByTopic.get(topic.id) ?? []).filter(
          (entry): entry is PublicGroup => entry.kind === 'group',
        ),
      },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: PublicTopic; groups: PublicGroup[] }> = async ({
  props,
  currentLocale,
}) => {
  const directory = await getDirectory(currentLocale);
  const { ui } = useStrings(currentLocale);
  const text = groupsCalendar(props.groups, {
    directory,
    id: idMaker(directory.site),
    name: ui.openData.calendar.topicName(props.topic.label, directory.site.name),
    url: absoluteUrl(directory.site, props.topic.url),
    today: referenceDate(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
