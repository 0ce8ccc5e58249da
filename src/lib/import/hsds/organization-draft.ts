import { EXTENSION_PREFIX, type HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import type { Draft } from '../draft.ts';
import { importText } from '../plain-text.ts';
import { importEmail, importUrl } from '../read-values.ts';
import { str } from './hsds-values.ts';

/** An HSDS organisation as the draft of its file in organizations/; what it could not carry goes into `notes`. */
export function organizationDraft(organization: HsdsObject, lastVerified: string, notes: string[]): Draft {
  const name = str(organization.name) ?? 'Organisation';
  const orgNotes: string[] = [];
  const description =
    importText(str(organization.description), { field: 'organization description', max: 2000 }, orgNotes) ??
    name;
  const website = importUrl('organization website', str(organization.website), orgNotes);
  const email = importEmail('organization email', str(organization.email), orgNotes);
  notes.push(...orgNotes.map((note) => `organisation: ${note}`));
  return {
    collection: 'organizations',
    record: `organization:${str(organization.id) ?? name}`,
    label: `"${name}" (organisation)`,
    name,
    data: {
      name: name.slice(0, 160),
      description,
      ...(website ? { website } : {}),
      ...(email ? { email } : {}),
      last_verified: lastVerified,
    },
    notes: orgNotes,
  };
}

/**
 * A group that is its own organisation (our exports mark it, and in CSV name the organisation after the
 * group) gets no organisation file: most peer groups belong to nobody else.
 */
export function isOwnOrganization(organization: HsdsObject, service: HsdsObject, isGroup: boolean): boolean {
  return (
    organization[`${EXTENSION_PREFIX}self`] === true ||
    (isGroup && str(organization.name) === str(service.name))
  );
}
