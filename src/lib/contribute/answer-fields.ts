import type { Translations } from '../../schemas/primitives.ts';
import type { Answers } from './issue-forms.ts';
import { matchName, matchNames, type Named } from './read/match-names.ts';
import { readCoordinates } from './read/read-coordinates.ts';
import { readDate, writesMonthFirst } from './read/read-date.ts';
import { readDays } from './read/read-days.ts';
import { readLanguages } from './read/read-languages.ts';
import { readPhone } from './read/read-phone.ts';
import { splitStreet } from './read/read-street.ts';
import { looksLikeRange, readTime, readTimeRange, separateTimes } from './read/read-time.ts';
import { readWebAddress } from './read/read-web-address.ts';
import type { Reading } from './read/reading.ts';

/**
 * The readers for each part of an entry that the forms ask about, shared by the forms that add an
 * entry and the one that changes it. Each reads the answers it needs and records what it cannot read
 * under the field id, so the reply names the form's own label.
 */

/** What the readers need to know about the site. */
export interface SiteTerms {
  /** The site's main language: text in it is stored as plain text. */
  siteLanguage: string;
  siteLanguages: string[];
  /** ISO country, for phone numbers and the order of day and month in dates. */
  country: string;
  topics: Named[];
  areas: Named[];
  organizations: Named[];
}

/** One thing to ask the person who filed the issue, under the field it is about. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The answers, the site and the problems found so far: what every reader works with. */
export class AnswerReader {
  readonly problems: FieldProblem[] = [];
  /** The language the answers are written in ("Language of your answers"), else the site's. */
  readonly language: string;
  readonly answers: Answers;
  readonly site: SiteTerms;

  constructor(answers: Answers, site: SiteTerms) {
    this.answers = answers;
    this.site = site;
    const chosen = answers.choice('answer_language');
    this.language = chosen && site.siteLanguages.includes(chosen) ? chosen : site.siteLanguage;
  }

  ask(field: string, message: string): undefined {
    this.problems.push({ field, message });
    return undefined;
  }

  /** The value of a reading, or undefined with its problem recorded under `field`. */
  take<T>(field: string, reading: Reading<T>): T | undefined {
    if (reading.problem !== undefined) return this.ask(field, reading.problem);
    return reading.value;
  }

  text(field: string): string | undefined {
    return this.answers.text(field);
  }

  /** Asks for a field the entry needs, unless it was answered (and its reader already said what is wrong). */
  missing(field: string, message: string): undefined {
    return this.text(field) === undefined ? this.ask(field, message) : undefined;
  }

  /** Free text in the answers' language: plain text in the site's main language, else `{ es: … }`. */
  translatable(text: string | undefined): string | Translations | undefined {
    if (text === undefined) return undefined;
    return this.language === this.site.siteLanguage ? text : { [this.language]: text };
  }

  /** Free text on one line (summaries, notices): line breaks become spaces. */
  line(field: string): string | undefined {
    return this.text(field)?.replace(/\s*\n\s*/g, ' ');
  }

  date(field: string): string | undefined {
    const answer = this.text(field);
    if (answer === undefined) return undefined;
    const { country, siteLanguage } = this.site;
    const mine = writesMonthFirst(this.language, country);
    const monthFirst = mine === writesMonthFirst(siteLanguage, country) ? mine : undefined;
    return this.take(field, readDate(answer, { monthFirst }));
  }

  languages(field: string): string[] | undefined {
    const answer = this.text(field);
    return answer === undefined
      ? undefined
      : this.take(field, readLanguages(answer, this.site.siteLanguages));
  }

  topics(field: string): string[] | undefined {
    const answer = this.text(field);
    return answer === undefined
      ? undefined
      : this.take(field, matchNames(answer, this.site.topics, 'a topic'));
  }

  area(field: string): string | undefined {
    const answer = this.text(field);
    return answer === undefined ? undefined : this.take(field, matchName(answer, this.site.areas, 'an area'));
  }

  organization(field: string): string | undefined {
    const answer = this.text(field);
    if (answer === undefined) return undefined;
    const found = matchName(answer, this.site.organizations, 'an organization');
    return this.take(
      field,
      found.problem === undefined
        ? found
        : {
            problem: `${found.problem.split(' — ')[0]} — a maintainer adds the organization first (content/organizations/), then adds the label again`,
          },
    );
  }

  phone(field: string): string | undefined {
    const answer = this.text(field);
    return answer === undefined ? undefined : this.take(field, readPhone(answer, this.site.country));
  }

  webAddress(field: string): string | undefined {
    const answer = this.text(field);
    return answer === undefined ? undefined : this.take(field, readWebAddress(answer));
  }

  email(field: string): string | undefined {
    const answer = this.text(field)
      ?.replace(/^mailto:/i, '')
      .replace(/^<|>$/g, '');
    if (answer === undefined) return undefined;
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(answer)) return answer;
    return this.ask(field, `"${answer}" is not an email address — write it like circle@example.org`);
  }

  /**
   * A schedule rule from "Day" (which may also hold the time: "Tuesdays 7–8:30pm"), "Start time",
   * "End time" and "Date of one meeting". Undefined when none of them is answered.
   */
  scheduleRule(days = 'days'): Record<string, unknown> | undefined {
    const daysAnswer = this.text(days);
    let start = this.text('opens_at');
    const end = this.text('closes_at');
    if (daysAnswer === undefined && start === undefined && end === undefined) return undefined;
    let dayText = daysAnswer;
    if (daysAnswer !== undefined) {
      const split = separateTimes(daysAnswer);
      dayText = split.days;
      if (split.times && start === undefined && end === undefined) start = split.times;
    }
    const rule: Record<string, unknown> = {};
    if (dayText === undefined || dayText === '')
      this.ask(days, 'no answer — say which day it meets, like "Tuesdays"');
    else {
      const reading = this.take(days, readDays(dayText, { everyNthIsMonthly: this.site.country === 'US' }));
      if (reading) {
        if (reading.freq === 'monthly') rule.freq = 'monthly';
        if (reading.interval > 1) rule.interval = reading.interval;
        rule.byday = reading.byday.length === 1 ? reading.byday[0] : reading.byday;
      }
    }
    if (start !== undefined && end === undefined && !looksLikeRange(start))
      this.ask('closes_at', 'no answer — say when it ends, like 8:30pm');
    else if (start === undefined) this.ask('opens_at', 'no answer — say when it starts, like 7pm');
    else {
      const reading = readTimeRange(start, end);
      const times = this.take(reading.at === 'end' && end !== undefined ? 'closes_at' : 'opens_at', reading);
      if (times) Object.assign(rule, { opens_at: times.opens, closes_at: times.closes });
    }
    const firstDate = this.date('first_date');
    if (firstDate) rule.valid_from = firstDate;
    else if (typeof rule.interval === 'number')
      this.ask(
        'first_date',
        `needed when it meets every ${rule.interval} weeks — give the date of one meeting, so the cycle is known`,
      );
    return rule;
  }

  /**
   * The parts of a schedule rule the "Suggest a change" form was given, to lay over an existing rule:
   * the days, a start or end time (or both), the date of one meeting. Nothing is asked for that is missing.
   */
  partialRule(days = 'days'): Record<string, unknown> {
    const rule: Record<string, unknown> = {};
    let start = this.text('opens_at');
    const end = this.text('closes_at');
    const daysAnswer = this.text(days);
    if (daysAnswer !== undefined) {
      const split = separateTimes(daysAnswer);
      if (split.times && start === undefined && end === undefined) start = split.times;
      const reading = split.days
        ? this.take(days, readDays(split.days, { everyNthIsMonthly: this.site.country === 'US' }))
        : undefined;
      if (reading)
        Object.assign(rule, {
          freq: reading.freq,
          interval: reading.interval,
          byday: reading.byday.length === 1 ? reading.byday[0] : reading.byday,
        });
    }
    if (start !== undefined && (end !== undefined || looksLikeRange(start))) {
      const reading = readTimeRange(start, end);
      const times = this.take(reading.at === 'end' && end !== undefined ? 'closes_at' : 'opens_at', reading);
      if (times) Object.assign(rule, { opens_at: times.opens, closes_at: times.closes });
    } else if (start !== undefined) rule.opens_at = this.take('opens_at', readTime(start));
    else if (end !== undefined) rule.closes_at = this.take('closes_at', readTime(end));
    const firstDate = this.date('first_date');
    if (firstDate) rule.valid_from = firstDate;
    return rule;
  }

  /** The street address fields given, read: the street split from its suite, the map position. */
  addressFields(): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    const street = this.text('address');
    if (street !== undefined) {
      const { address_1, address_2 } = splitStreet(street);
      fields.address_1 = address_1;
      const second = [address_2, this.text('address_2')].filter(Boolean).join(', ');
      if (second) fields.address_2 = second;
    } else if (this.text('address_2')) fields.address_2 = this.text('address_2');
    for (const [field, key] of [
      ['venue', 'venue'],
      ['city', 'city'],
      ['state', 'state_province'],
      ['postcode', 'postal_code'],
    ] as const) {
      const value = this.line(field);
      if (value !== undefined) fields[key] = value;
    }
    const coordinates = this.text('coordinates');
    if (coordinates !== undefined) {
      const point = this.take('coordinates', readCoordinates(coordinates));
      if (point) Object.assign(fields, point);
    }
    return fields;
  }

  /** "Online join link": a link, a dial-in number, or "link by email" (sent on request), with the words kept. */
  online(field = 'online'): Record<string, unknown> | undefined {
    const answer = this.line(field);
    if (answer === undefined) return undefined;
    const address = /https?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|us|io|me|app|info)\/\S*/i.exec(
      answer,
    )?.[0];
    if (address) {
      const url = this.take(field, readWebAddress(address));
      const rest = answer.replace(address, '').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
      return url === undefined ? undefined : { url, ...(rest ? { notes: this.translatable(rest) } : {}) };
    }
    if (
      /\b(?:on request|request|ask|by e-?mail|emailed|sent|a pedido|por correo|pedir|solicitud|se envia|se envía)\b/i.test(
        answer,
      )
    ) {
      const plain = /^(?:on request|link on request|a pedido)$/i.test(answer);
      return { link_on_request: true, ...(plain ? {} : { notes: this.translatable(answer) }) };
    }
    const phone = readPhone(answer, this.site.country);
    if (phone.value !== undefined) return { phone: phone.value };
    return this.ask(
      field,
      `"${answer}" is not a link — paste the join link, or write "link by email" if it is sent on request`,
    );
  }
}
