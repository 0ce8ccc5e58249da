import { uiLanguages, useStrings } from '../../../i18n/index.ts';
import {
  attendanceOptions,
  audiences,
  leadershipStyles,
  serviceCategories,
} from '../../../schemas/vocabularies.ts';
import { EXTENSION_PREFIX, type HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { TAXONOMY } from '../../open-data/hsds/taxonomies.ts';
import type { Draft, ImportContext, ImportDrafts, Rejected } from '../draft.ts';
import { AreaList, TopicList } from '../lists.ts';
import { topicLabel } from '../meeting-guide/meetings-to-groups.ts';
import { importText } from '../plain-text.ts';
import { hidePlaceHints } from '../private-place.ts';
import { importEmail } from '../read-values.ts';
import { list, object, str } from './hsds-values.ts';
import { isOwnOrganization, organizationDraft } from './organization-draft.ts';
import { costOf, languagesOf, lastVerifiedOf, statusOf, wordsOf } from './read-basics.ts';
import { contactsOf, phonesOf, websiteOf } from './read-contacts.ts';
import { placeOf } from './read-place.ts';
import { hoursOf, rulesOf } from './read-schedules.ts';
import { readTerms, type Terms } from './read-terms.ts';

const ext = (service: HsdsObject, name: string) => service[`${EXTENSION_PREFIX}${name}`];
const known = <T extends Record<string, string>>(vocabulary: T, codes: string[]) =>
  codes.filter((code): code is keyof T & string => code in vocabulary);
interface Lists {
  areas: AreaList;
  topics: TopicList;
}

function topicsOf(terms: Terms, lists: Lists) {
  return terms.codes(TAXONOMY.topics).map((code) => {
    const { name, description } = terms.term(TAXONOMY.topics, code);
    return lists.topics.idFor(code, name, description);
  });
}

function groupFields(service: HsdsObject, terms: Terms, ctx: ImportContext, lists: Lists, notes: string[]) {
  const place = placeOf(service, lists.areas, notes);
  const contact = contactsOf(service, ctx, notes);
  const website = websiteOf(service, notes);
  const attendance =
    known(attendanceOptions, terms.codes(TAXONOMY.attendance))[0] ??
    (place.virtual ? (place.location ? 'hybrid' : 'online') : 'in_person');
  const ledBy = known(leadershipStyles, terms.codes(TAXONOMY.leadership))[0];
  if (!ledBy) notes.push('no leadership given; written as led_by: peer — check it');
  const audienceOnly = uiLanguages.some((lang) =>
    str(service.eligibility_description)?.startsWith(useStrings(lang).ui.openTo['audience-only']),
  );
  const contactFields = {
    ...(contact.role && (contact.email || contact.phones[0] || website) ? { role: contact.role } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phones[0] ? { phone: contact.phones[0].number } : {}),
    ...(website ? { website } : {}),
  };
  const audienceCodes = known(audiences, terms.codes(TAXONOMY.audiences));
  const onlineFields = {
    ...(place.url ? { url: place.url } : { link_on_request: true }),
    ...(place.onlineNotes ? { notes: place.onlineNotes } : {}),
  };
  return {
    topics:
      topicsOf(terms, lists).length > 0
        ? topicsOf(terms, lists)
        : [lists.topics.idFor(ctx.defaultTopic, topicLabel(ctx.defaultTopic))],
    ...(audienceCodes.length > 0 ? { audiences: audienceCodes } : {}),
    languages: languagesOf(service, ctx, notes),
    led_by: ledBy ?? 'peer',
    ...(audienceOnly ? { open_to: 'audience-only' } : {}),
    attendance,
    meetings: rulesOf(list(service.schedules), ctx.site.timezone, ctx.today, notes),
    ...(place.location ? { location: place.location } : {}),
    ...(attendance !== 'in_person' ? { online: onlineFields } : {}),
    ...(Object.keys(contactFields).some((key) => key !== 'role') ? { contact: contactFields } : {}),
    cost: costOf(service, notes),
    ...(place.features.length > 0 ? { accessibility: place.features } : {}),
    ...(place.accessibilityNotes ? { accessibility_notes: place.accessibilityNotes } : {}),
  };
}

function serviceFields(service: HsdsObject, terms: Terms, ctx: ImportContext, lists: Lists, notes: string[]) {
  const place = placeOf(service, lists.areas, notes);
  const contact = contactsOf(service, ctx, notes);
  const categories = known(serviceCategories, terms.codes(TAXONOMY.categories));
  if (categories.length === 0)
    notes.push(`no category of ours; written as ${ctx.defaultCategory} (change it, or pass --category)`);
  const eligibility = importText(
    str(service.eligibility_description),
    { field: 'eligibility_description', max: 1000 },
    notes,
  );
  const age = (value: unknown) =>
    Number.isInteger(Number(value)) && Number(value) >= 0 && Number(value) <= 120 ? Number(value) : undefined;
  const [minimum, maximum] = [age(str(service.minimum_age)), age(str(service.maximum_age))];
  const phones = [...phonesOf(service, ctx, notes), ...contact.phones].filter(
    (phone, index, all) => all.findIndex((other) => other.number === phone.number) === index,
  );
  const email = importEmail('email', str(service.email), notes) ?? contact.email;
  const website = websiteOf(service, notes) ?? place.url;
  const topics = topicsOf(terms, lists);
  return {
    categories: categories.length > 0 ? categories : [ctx.defaultCategory],
    ...(topics.length > 0 ? { topics } : {}),
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    ...(minimum !== undefined ? { minimum_age: minimum } : {}),
    ...(maximum !== undefined ? { maximum_age: maximum } : {}),
    cost: costOf(service, notes),
    languages: languagesOf(service, ctx, notes),
    ...hoursOf(list(service.schedules), ctx.site.timezone, ctx.today, notes),
    ...(phones.length > 0 ? { phones } : {}),
    ...(website ? { website } : {}),
    ...(email ? { email } : {}),
    ...(place.location ? { location: place.location } : {}),
    ...(place.features.length > 0 ? { accessibility: place.features } : {}),
    ...(place.accessibilityNotes ? { accessibility_notes: place.accessibilityNotes } : {}),
  };
}

/** One HSDS service as a draft, with its organisation's draft when it has one of its own. */
function serviceDraft(
  service: HsdsObject,
  index: number,
  ctx: ImportContext,
  lists: Lists,
): { drafts: Draft[] } | { rejected: Rejected } {
  const notes: string[] = [];
  const name = importText(str(service.name), { field: 'name', max: 120, line: true }, notes);
  const label = `"${name ?? str(service.id) ?? ''}" (service ${index + 1})`;
  if (!name) return { rejected: { label, reasons: ['has no name'] } };
  const terms = readTerms(service, notes);
  const isGroup = terms.codes(TAXONOMY.kind).includes('group') || ext(service, 'kind') === 'group';
  const lastVerified = lastVerifiedOf(service, ctx.today, notes);
  const fields = isGroup
    ? groupFields(service, terms, ctx, lists, notes)
    : serviceFields(service, terms, ctx, lists, notes);
  if (isGroup && (fields as { meetings: unknown[] }).meetings.length === 0)
    return {
      rejected: { label, reasons: ['is a group with no schedule that has days and times', ...notes] },
    };
  const organization = object(service.organization);
  const own =
    organization && !isOwnOrganization(organization, service, isGroup)
      ? organizationDraft(organization, lastVerified, notes)
      : undefined;
  if (!isGroup && !own)
    return {
      rejected: {
        label,
        reasons: ['is a service with no organisation — HSDS services belong to one', ...notes],
      },
    };
  const data = {
    name,
    ...wordsOf(service, name, notes),
    ...fields,
    ...statusOf(service, notes),
    last_verified: lastVerified,
  };
  hidePlaceHints(data, notes);
  const preferredId = str(ext(service, 'id'));
  const draft: Draft = {
    collection: isGroup ? 'groups' : 'services',
    record: str(service.id) ?? name,
    label,
    name,
    data,
    notes,
    ...(preferredId ? { preferredId } : {}),
    ...(own ? { organizationRecord: own.record } : {}),
  };
  return { drafts: own ? [own, draft] : [draft] };
}

/** HSDS services (nested) as drafts; an organisation shared by several services is written once. */
export function servicesToDrafts(services: HsdsObject[], ctx: ImportContext): ImportDrafts {
  const lists = { areas: new AreaList(ctx), topics: new TopicList(ctx) };
  const drafts = new Map<string, Draft>();
  const rejected: Rejected[] = [];
  services.forEach((service, index) => {
    const made = serviceDraft(service, index, ctx, lists);
    if ('rejected' in made) rejected.push(made.rejected);
    else
      for (const draft of made.drafts)
        if (!drafts.has(`${draft.collection}:${draft.record}`))
          drafts.set(`${draft.collection}:${draft.record}`, draft);
  });
  return {
    drafts: [...drafts.values()],
    rejected,
    areas: lists.areas.added(),
    topics: lists.topics.added(),
    notes: [],
  };
}
