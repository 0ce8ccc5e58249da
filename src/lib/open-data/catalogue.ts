import type { ExportCounts } from '../../i18n/en/ui.ts';
import type { Directory } from '../directory/types.ts';
import { openDataPaths } from './endpoints.ts';
import { placesGeoJson } from './geojson.ts';
import { hsdsOrganizationCount } from './hsds/dataset.ts';
import { hasCalendar } from './ical.ts';
import { meetingGuideFeed } from './meeting-guide.ts';

/** What the open-data page says of each export: where it is, and how many entries it holds and leaves out. */
export interface ExportSummary {
  /** Key of its words in `ui.openData.exports`. */
  key: 'hsds' | 'tabular' | 'meetingGuide' | 'calendars' | 'geojson' | 'jsonLd' | 'sitemap';
  /** Its main address, and other files that belong with it. */
  url: string;
  more: string[];
  /** Counts for the sentences that say what it includes and leaves out. */
  counts: ExportCounts;
}

/** Every export with its numbers, computed from the same functions that write the files. */
export function openDataCatalogue(directory: Directory, today: string): ExportSummary[] {
  const { groups, services, topics, paths } = directory;
  const feed = meetingGuideFeed(directory, today);
  const places = placesGeoJson(directory);
  const calendars = groups.filter(hasCalendar).length;
  const entries = { groups: groups.length, services: services.length };
  return [
    {
      key: 'hsds',
      url: openDataPaths.hsdsIndex(),
      more: [openDataPaths.hsdsServices(), openDataPaths.hsdsOrganizations(), openDataPaths.hsdsTaxonomies()],
      counts: { ...entries, organizations: hsdsOrganizationCount(directory) },
    },
    {
      key: 'tabular',
      url: openDataPaths.hsdsZip(),
      more: [openDataPaths.hsdsDatapackage()],
      counts: entries,
    },
    {
      key: 'meetingGuide',
      url: openDataPaths.meetingGuide(),
      more: [],
      counts: {
        meetings: feed.meetings.length,
        groups: feed.groups,
        notMeeting: feed.notMeeting,
        notWeekly: feed.notWeekly,
        rulesLeftOut: feed.rulesLeftOut,
        noPublicWayIn: feed.noPublicWayIn,
        services: services.length,
      },
    },
    {
      key: 'calendars',
      url: topics[0] ? paths.topicCalendar(topics[0].id) : paths.topics(),
      more: [],
      counts: { groups: calendars, topics: topics.length, leftOut: groups.length - calendars },
    },
    {
      key: 'geojson',
      url: openDataPaths.places(),
      more: [],
      counts: {
        places: places.features.length,
        approximate: places.features.filter((feature) => feature.properties.approximate).length,
        leftOut: places.leftOut,
      },
    },
    { key: 'jsonLd', url: paths.groups(), more: [], counts: entries },
    { key: 'sitemap', url: openDataPaths.sitemap(), more: [], counts: {} },
  ];
}
