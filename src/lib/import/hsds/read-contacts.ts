import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { EXTENSION_PREFIX } from '../../open-data/hsds/hsds-object.ts';
import { HSDS_PHONE_TYPE } from '../../open-data/hsds/service.ts';
import { contactRole } from '../contact-role.ts';
import type { ImportContext } from '../draft.ts';
import { importText } from '../plain-text.ts';
import { importEmail, importPhone, importUrl } from '../read-values.ts';
import { list, str } from './hsds-values.ts';

/** HSDS phone types as ours: the export's table read backwards, and the other RFC 6350 types as voice. */
const PHONE_TYPE: Record<string, string> = {
  cell: 'voice',
  video: 'voice',
  pager: 'voice',
  ...Object.fromEntries(Object.entries(HSDS_PHONE_TYPE).map(([ours, theirs]) => [theirs, ours])),
};

/** A record's phones as ours, each number checked for the site's country (a bad one is reported, not written). */
export function phonesOf(owner: HsdsObject, ctx: ImportContext, notes: string[]) {
  return list(owner.phones).flatMap((phone) => {
    const number = importPhone('phone', str(phone.number), ctx.site.country, notes, str(phone.extension));
    if (!number) return [];
    const description = importText(
      str(phone.description),
      { field: 'phone description', max: 160, line: true },
      notes,
    );
    const type = PHONE_TYPE[str(phone.type) ?? 'voice'] ?? 'voice';
    return [{ number, ...(type !== 'voice' ? { type } : {}), ...(description ? { description } : {}) }];
  });
}

/** The group's contact, or a service's contacts folded into its phones and email: roles, never names. */
export function contactsOf(service: HsdsObject, ctx: ImportContext, notes: string[]) {
  const contacts = list(service.contacts);
  const first = contacts[0];
  const role =
    first && (str(first.name) ?? str(first.title) ?? str(first.department))
      ? contactRole(
          { name: str(first.name), title: str(first.title) ?? str(first.department) },
          notes,
          'the contact',
        )
      : undefined;
  for (const other of contacts.slice(1))
    contactRole({ name: str(other.name), title: str(other.title) }, notes);
  return {
    role,
    email: importEmail('contact email', str(first?.email), notes),
    phones: contacts.flatMap((contact) => phonesOf(contact, ctx, notes)),
  };
}

/** The website, unless it is only our own page for the entry (our exports fall back to it). */
export function websiteOf(service: HsdsObject, notes: string[]) {
  const url = str(service.url);
  return url && url !== str(service[`${EXTENSION_PREFIX}page_url`])
    ? importUrl('url', url, notes)
    : undefined;
}
