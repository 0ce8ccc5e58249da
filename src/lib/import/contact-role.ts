/**
 * Contacts in other systems name people ("Ann Persona", "contact_1_name: John"). The content folder is
 * public, so a person's name is never written: a name that already reads as a role ("Intake team",
 * "Reception Manager") becomes the role, anything else is replaced by a neutral role and listed in the
 * report so someone can ask the group what to publish.
 */

const ROLE_WORDS =
  /\b(?:team|desk|office|line|group|committee|secretary|chair|coordinator|co-?ordinator|facilitators?|leaders?|manager|reception|receptionist|intake|staff|admin|administrator|service|services|hotline|helpline|volunteers?|department|contact|board|director|officer|representative|rep|host|hosts|organi[sz]ers?|clinic|front)\b/i;

export const NEUTRAL_ROLE = 'the group’s contact';

/** Whether a contact's name reads as a role or department rather than a person. */
export function readsAsRole(name: string): boolean {
  return ROLE_WORDS.test(name) && !/^\s*(?:mr|mrs|ms|dr|miss)\.?\s/i.test(name);
}

/** The role to write for a contact, given its name and title; what was withheld goes into `notes`. */
export function contactRole(
  person: { name?: string | undefined; title?: string | undefined },
  notes: string[],
  fallback = NEUTRAL_ROLE,
): string {
  const name = person.name?.trim();
  const title = person.title?.trim();
  if (name && !readsAsRole(name))
    notes.push(
      `contact name "${name}" not written (the content folder is public); written as the role "${title || fallback}" — review it`,
    );
  if (title) return title.slice(0, 80);
  if (name && readsAsRole(name)) return name.slice(0, 80);
  return fallback;
}
