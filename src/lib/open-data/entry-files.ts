import type { Directory, PublicGroup } from '../directory/types.ts';
import { openDataPaths } from './endpoints.ts';
import { hsdsDataset } from './hsds/dataset.ts';
import { groupsCalendar, hasCalendar } from './ical.ts';
import { idMaker } from './ids.ts';
import { absoluteUrl } from './site-url.ts';

/** A file of the built site, by its address. */
export interface EntryFile {
  path: string;
  text: string;
}

/** A group's own calendar, which its page offers to download or subscribe to, in the view's language. */
export function groupCalendarText(group: PublicGroup, directory: Directory, today: string): string {
  return groupsCalendar([group], {
    directory,
    id: idMaker(directory.site),
    name: group.name,
    url: absoluteUrl(directory.site, group.url),
    today,
  });
}

/** Every group that has a calendar of its own, in one language. */
export const calendarGroups = (directory: Directory): PublicGroup[] => directory.groups.filter(hasCalendar);

/**
 * The exports with a file for each entry: every HSDS service and organisation, nested (from the main
 * language, like all open data), and every group's calendar in every language. At 10,000 entries they are
 * 34,000 files; as Astro routes each cost about what a page does (71 s of a 320 s build), so the build
 * writes them itself (integrations/entry-files.ts). `directories` come main language first.
 */
export function* entryFiles(directories: readonly Directory[], today: string): Generator<EntryFile> {
  const [main] = directories;
  if (!main) return;
  const dataset = hsdsDataset(main);
  for (const service of dataset.services)
    yield { path: openDataPaths.hsdsService(String(service.id)), text: JSON.stringify(service) };
  for (const organization of dataset.organizations)
    yield {
      path: openDataPaths.hsdsOrganization(String(organization.id)),
      text: JSON.stringify(organization),
    };
  for (const directory of directories)
    for (const group of calendarGroups(directory))
      yield {
        path: directory.paths.groupCalendar(group.id),
        text: groupCalendarText(group, directory, today),
      };
}
