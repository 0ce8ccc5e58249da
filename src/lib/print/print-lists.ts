import type { UiStrings } from '../../i18n/en/ui.ts';
import type { Directory, PublicEntry, PublicGroup, PublicService } from '../directory/types.ts';

/** One printable handout: what it covers, where it lives, and the entries on it. */
export interface PrintList {
  path: string;
  title: string;
  groups: PublicGroup[];
  services: PublicService[];
  /** What the list is drawn from: the whole directory is split by area and topic when large. */
  scope: 'directory' | 'area' | 'topic';
  /** The kinds of entry it holds. */
  covers: 'all' | 'groups' | 'services';
}

/**
 * Closed entries stay on the site so people looking for them learn they closed, but paper cannot be
 * corrected later: a handout lists only what someone can still go to.
 */
export const isPrintable = (entry: PublicEntry) => entry.status !== 'closed';

function split(entries: readonly PublicEntry[]) {
  const printable = entries.filter(isPrintable);
  return {
    groups: printable.filter((entry): entry is PublicGroup => entry.kind === 'group'),
    services: printable.filter((entry): entry is PublicService => entry.kind === 'service'),
  };
}

/**
 * Every printable list: everything, groups only, services only, then for each area everything, its groups
 * and its services, then one per topic.
 */
export function printLists(directory: Directory, ui: UiStrings): PrintList[] {
  const { groups, services, areas, topics, entriesByArea, entriesByTopic, paths } = directory;
  const everything = split([...groups, ...services]);
  return [
    { path: paths.printAll(), title: ui.print.allTitle, ...everything, scope: 'directory', covers: 'all' },
    {
      path: paths.printGroups(),
      title: ui.print.groupsTitle,
      groups: everything.groups,
      services: [],
      scope: 'directory',
      covers: 'groups',
    },
    {
      path: paths.printServices(),
      title: ui.print.servicesTitle,
      groups: [],
      services: everything.services,
      scope: 'directory',
      covers: 'services',
    },
    ...areas.flatMap((area): PrintList[] => {
      const inArea = split(entriesByArea.get(area.id) ?? []);
      return [
        {
          path: paths.printArea(area.id),
          title: ui.print.areaTitle(area.label),
          ...inArea,
          scope: 'area',
          covers: 'all',
        },
        {
          path: paths.printAreaGroups(area.id),
          title: ui.print.areaGroupsTitle(area.label),
          groups: inArea.groups,
          services: [],
          scope: 'area',
          covers: 'groups',
        },
        {
          path: paths.printAreaServices(area.id),
          title: ui.print.areaServicesTitle(area.label),
          groups: [],
          services: inArea.services,
          scope: 'area',
          covers: 'services',
        },
      ];
    }),
    ...topics.map(
      (topic): PrintList => ({
        path: paths.printTopic(topic.id),
        title: ui.print.topicTitle(topic.label),
        ...split(entriesByTopic.get(topic.id) ?? []),
        scope: 'topic',
        covers: 'all',
      }),
    ),
  ];
}
