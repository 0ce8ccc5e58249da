import { languageName, useStrings } from '../../i18n/index.ts';
import type { Directory, PublicEntry, PublicLocation } from '../directory/types.ts';
import { describeHoursList, describeRule } from '../schedule/index.ts';

/**
 * An entry as the site shows it, field by field in words, under the site's own names for its fields
 * ("When", "Phone", "Where"), so a reviewer reads "Phone: (773) 555-0100 → (773) 555-0162" rather than
 * internal names. Built from the public view: what is not in it is not published, so not shown here.
 */
export type EntryFields = Map<string, string>;

export function entryFields(entry: PublicEntry, directory: Directory): EntryFields {
  const { lang, site } = directory;
  const { ui, schedule } = useStrings(lang);
  const label = ui.entry;
  const describe = { lang, phrases: schedule, siteTimezone: site.timezone };
  const fields: [string, string | undefined][] = [
    ['Name', entry.name],
    ['Summary', entry.summary],
    ['Content note', entry.contentWarning],
    ['Description', entry.description.join('\n\n')],
    ...entry.descriptionElsewhere.map((version): [string, string] => [
      `Description (${version.lang})`,
      version.paragraphs.join('\n\n'),
    ]),
    [label.topics, entry.topics.map((topic) => topic.label).join(', ')],
    [label.languages, entry.languages.map((tag) => languageName(tag, lang)).join(', ')],
  ];
  if (entry.kind === 'group') {
    fields.push(
      [label.audiences, entry.audiences.map((audience) => ui.audiences[audience]).join(', ')],
      [label.openTo, ui.openTo[entry.openTo]],
      [label.ledBy, ui.ledBy[entry.ledBy]],
      [label.attendance, ui.attendance[entry.attendance]],
      [label.when, entry.meetings.map((rule) => describeRule(rule, describe)).join('; ')],
    );
  } else {
    fields.push(
      [label.categories, entry.categories.map((category) => ui.categories[category]).join(', ')],
      [label.eligibility, entry.eligibility.join('\n\n')],
      [
        label.ages,
        entry.minimumAge === undefined && entry.maximumAge === undefined
          ? undefined
          : label.ageRange(entry.minimumAge, entry.maximumAge),
      ],
      [
        label.hours,
        entry.hours.kind === 'always'
          ? label.alwaysOpen
          : entry.hours.kind === 'appointment'
            ? label.byAppointment
            : describeHoursList(entry.hours.rules, describe).join('; '),
      ],
      ['Hours note', entry.hoursNotes],
    );
  }
  fields.push([label.where, placeWords(entry.location)], [label.directions, directionsOf(entry.location)]);
  if (entry.kind === 'group') {
    const online = entry.online;
    fields.push(
      [label.joinLink, online?.url ?? (online?.link_on_request ? label.linkOnRequest : undefined)],
      [label.dialIn, online?.phone?.display],
      ['Joining notes', online?.notes],
      ['Who answers', entry.contact?.role],
      [label.phones, entry.contact?.phone?.display],
      [label.email, entry.contact?.email],
      [label.website, entry.contact?.website],
      [label.form, entry.contact?.form],
      [label.newcomers, entry.newcomers.join('\n\n')],
    );
  } else {
    fields.push(
      [
        label.phones,
        entry.phones
          .map((phone) => `${phone.display}${phone.description ? ` (${phone.description})` : ''}`)
          .join('; '),
      ],
      [label.email, entry.email],
      [label.website, entry.website],
    );
  }
  fields.push(
    [label.cost, `${ui.cost[entry.cost.kind]}${entry.cost.description ? `: ${entry.cost.description}` : ''}`],
    [label.access, entry.accessibility.map((feature) => ui.accessibility[feature]).join(', ')],
    ['Access notes', entry.accessibilityNotes],
    [entry.kind === 'group' ? label.hostedBy : label.runBy, entry.organization?.name],
    ['Status', ui.status[entry.status]],
    ['Notice', entry.alert],
    [label.lastVerified, entry.lastVerified],
    ['Page address', entry.url],
  );
  return new Map(
    fields.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== ''),
  );
}

/** Where, in words that make its privacy plain. */
export function placeWords(location: PublicLocation): string {
  switch (location.kind) {
    case 'address':
      return `street address: ${[location.venue, ...location.lines].filter(Boolean).join(', ')} (a pin on the map)`;
    case 'area':
      return `only the area: ${location.area.label} (approximate)`;
    case 'on_request':
      return `given on request${location.area ? `, in the ${location.area.label} area` : ''}`;
    default:
      return `online only${location.area ? `, based in ${location.area.label}` : ''}`;
  }
}

function directionsOf(location: PublicLocation): string | undefined {
  return 'directions' in location ? location.directions : undefined;
}
