import type { UiStrings } from '../i18n/en/ui.ts';
import type { Paths } from './paths.ts';

/** The main sections of the site, for marking the current one in the navigation. */
export type Section = 'find' | 'groups' | 'services' | 'topics' | 'areas' | 'days' | 'guides' | 'map';

/** The header's links, in order: finding first, then browsing, then reading. */
export function mainNavigation(paths: Paths, ui: UiStrings): { id: Section; href: string; label: string }[] {
  return [
    { id: 'find', href: paths.find(), label: ui.nav.find },
    { id: 'groups', href: paths.groups(), label: ui.nav.groups },
    { id: 'services', href: paths.services(), label: ui.nav.services },
    { id: 'topics', href: paths.topics(), label: ui.nav.topics },
    { id: 'areas', href: paths.areas(), label: ui.nav.areas },
    { id: 'map', href: paths.map(), label: ui.map.nav },
    { id: 'guides', href: paths.guides(), label: ui.nav.guides },
  ];
}
