import { languageName, useStrings } from '../../i18n/index.ts';
import { costText, scheduleLines } from '../describe.ts';
import type { PublicEntry, PublicLocation, PublicPhone } from '../directory/types.ts';
import { unbreakable } from '../phone.ts';
import { shortUrl } from './short-url.ts';

/** One way to reach an entry, as printed: a phone number (dialable on screen) or words. */
export type PrintContact = { phone: PublicPhone; label?: string } | { text: string };

/** What a printed entry says, in words, for someone with only the paper. */
export interface PrintCardText {
  when: string[];
  where: string;
  /** How to join an online or hybrid group without a screen: its phone number, or where to get the link. */
  join?: string;
  cost: string;
  languages: string;
  access?: string;
  contact: PrintContact[];
  /** The entry's page, absolute (for the QR code) and short (for people to type). */
  url: string;
  shortUrl: string;
}

function whereText(location: PublicLocation, lang: string): string {
  const { ui } = useStrings(lang);
  switch (location.kind) {
    case 'address':
      return [location.venue, ...location.lines, location.area.label].filter(Boolean).join(', ');
    case 'area':
      return ui.print.areaOnly(location.area.label);
    case 'on_request':
      return location.area ? ui.print.onRequestArea(location.area.label) : ui.print.onRequest;
    case 'online':
      return ui.print.online;
  }
}

function joinText(entry: PublicEntry, lang: string): string | undefined {
  const { ui } = useStrings(lang);
  if (entry.kind !== 'group' || !entry.online) return undefined;
  const { phone, url, link_on_request: onRequest } = entry.online;
  const ways = [
    phone && ui.print.joinByPhone(unbreakable(phone.display)),
    url && !phone && ui.print.joinLinkOnly,
    onRequest && ui.print.linkOnRequest,
  ].filter(Boolean);
  return ways.length > 0 ? ways.join('; ') : undefined;
}

function contacts(entry: PublicEntry, lang: string): PrintContact[] {
  const { ui } = useStrings(lang);
  const web = (url?: string) => (url ? [{ text: shortUrl(url) }] : []);
  if (entry.kind === 'service')
    return [
      ...entry.phones.map((phone) => ({ phone, label: ui.phoneTypes[phone.type] })),
      ...(entry.email ? [{ text: entry.email }] : []),
      ...web(entry.website),
    ];
  const contact = entry.contact;
  if (!contact) return [];
  return [
    ...(contact.phone ? [{ phone: contact.phone }] : []),
    ...(contact.email ? [{ text: contact.email }] : []),
    ...web(contact.website ?? contact.form),
  ];
}

/** The printed text of an entry, built from its public view only: a private place never has an address here. */
export function printCardText(
  entry: PublicEntry,
  siteUrl: string,
  timezone: string,
  lang: string,
): PrintCardText {
  const { ui } = useStrings(lang);
  const url = new URL(entry.url, siteUrl).href;
  const join = joinText(entry, lang);
  const access = entry.accessibility.map((feature) => ui.accessibility[feature]).join(', ');
  return {
    when: scheduleLines(entry, timezone, lang),
    where: whereText(entry.location, lang),
    ...(join ? { join } : {}),
    cost: costText(entry, lang),
    languages: entry.languages.map((tag) => languageName(tag, lang)).join(', '),
    ...(access ? { access } : {}),
    contact: contacts(entry, lang),
    url,
    shortUrl: shortUrl(url),
  };
}
