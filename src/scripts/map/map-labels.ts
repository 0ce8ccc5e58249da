import type { ui } from '../../i18n/en/ui.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import type { MapEntry } from '../../lib/map/map-data.ts';

/** The map's interface strings, as the page passes them in `data-labels`. */
export type MapLabels = (typeof ui)['map']['client'];

const count = (n: number, one: string, other: string) => fillTemplate(n === 1 ? one : other, { n });

/**
 * A cluster's accessible name: "23 groups", or "3 places: 2 groups and 1 service". It starts with the
 * number the cluster shows, so what is seen and what is heard agree (and voice control can say it).
 */
export function clusterName(labels: MapLabels, groups: number, services: number): string {
  const kinds = [
    groups > 0 ? count(groups, labels.groupOne, labels.groupOther) : '',
    services > 0 ? count(services, labels.serviceOne, labels.serviceOther) : '',
  ]
    .filter(Boolean)
    .join(labels.and);
  return groups > 0 && services > 0 ? fillTemplate(labels.mixed, { n: groups + services, kinds }) : kinds;
}

/** A marker's accessible name: its name, and for approximate places the area it stands for. */
export function placeName(labels: MapLabels, entry: MapEntry): string {
  return entry.approximate
    ? fillTemplate(labels.approximateName, { name: entry.name, area: entry.area })
    : entry.name;
}

const paragraph = (text: string, className?: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
};

/**
 * What the popup and the list say about a place, built as DOM (never HTML strings: names are content).
 * `distance` is the already-formatted distance from the visitor's chosen point, if any.
 */
export function placeDetails(labels: MapLabels, entry: MapEntry, distance?: string): HTMLElement[] {
  const kind = entry.kind === 'group' ? labels.group : labels.service;
  const parts = [
    paragraph(entry.status === 'paused' ? `${kind} · ${labels.paused}` : kind, 'meta'),
    ...(entry.when ? [paragraph(entry.when)] : []),
    entry.approximate
      ? paragraph(fillTemplate(labels.approximateNote, { area: entry.area }), 'map-approximate-note')
      : paragraph(entry.area),
  ];
  if (distance) parts.push(paragraph(distance, 'map-distance'));
  return parts;
}

/** A link to an entry's page. */
export function entryLink(entry: MapEntry): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = entry.url;
  link.textContent = entry.name;
  return link;
}
