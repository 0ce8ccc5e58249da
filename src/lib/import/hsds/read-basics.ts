import { uiLanguages, useStrings } from '../../../i18n/index.ts';
import { LanguageTagSchema } from '../../../schemas/primitives.ts';
import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { HSDS_STATUS } from '../../open-data/hsds/service.ts';
import type { ImportContext } from '../draft.ts';
import { importText, shorten } from '../plain-text.ts';
import { list, str } from './hsds-values.ts';

/** HSDS statuses as ours: `inactive` and `temporarily closed` are a pause, `defunct` closed. */
const STATUS: Record<string, string> = {
  inactive: 'paused',
  ...Object.fromEntries(Object.entries(HSDS_STATUS).map(([ours, theirs]) => [theirs, ours])),
};

export function statusOf(service: HsdsObject, notes: string[]) {
  const given = str(service.status)?.toLowerCase() ?? 'active';
  const status = STATUS[given];
  const alert = importText(str(service.alert), { field: 'alert', max: 300, line: true }, notes);
  if (!status) notes.push(`status "${given}" is not one of HSDS's; written as active`);
  if (!status || status === 'active') return alert ? { alert } : {};
  return { status, alert: alert ?? `Marked ${given} in the source.` };
}

/** Summary and description: our exports put the summary first, as its own paragraph. */
export function wordsOf(service: HsdsObject, name: string, notes: string[]) {
  const text = importText(str(service.description), { field: 'description', max: 4000 }, notes);
  const [first, ...rest] = (text ?? '').split(/\n\s*\n/);
  const summary = first ? shorten(first.replace(/\s*\n\s*/g, ' '), 200) : name;
  if (!text) notes.push('no description; the name is used as the summary — add a description');
  return { summary, description: rest.join('\n\n').trim() || text || summary };
}

export function languagesOf(service: HsdsObject, ctx: ImportContext, notes: string[]): string[] {
  const tags: string[] = [];
  for (const language of list(service.languages)) {
    const code = str(language.code) ?? str(language.name);
    const read = code ? LanguageTagSchema.safeParse(code) : undefined;
    if (read?.success) {
      if (!tags.includes(read.data)) tags.push(read.data);
    } else notes.push(`language "${code ?? ''}" is not a BCP 47 tag; left out`);
  }
  if (tags.length > 0) return tags;
  notes.push(`no language given; written as ${ctx.site.defaultLanguage}, the site's main language`);
  return [ctx.site.defaultLanguage];
}

const donationWords = new Set(uiLanguages.map((lang) => useStrings(lang).ui.cost.donation));

/** The cost: an amount of 0 is free (or a donation, in our exports' words), anything else a fee. */
export function costOf(service: HsdsObject, notes: string[]) {
  const option = list(service.cost_options)[0];
  const amount = option ? str(option.amount) : undefined;
  const words = [str(option?.amount_description), str(service.fees_description)].find(Boolean);
  if (amount !== undefined && Number(amount) === 0 && !str(service.fees_description))
    return donationWords.has(str(option?.option) ?? '') ? 'donation' : 'free';
  const description = words ?? (amount ? `${amount} ${str(option?.currency) ?? ''}`.trim() : undefined);
  if (!description) {
    notes.push('no cost given; written as free — check it');
    return 'free';
  }
  const text = importText(description, { field: 'fees_description', max: 200, line: true }, notes);
  return { kind: 'fee', description: text };
}

/** The date last checked: assured_date, else last_modified, else today; never later than today. */
export function lastVerifiedOf(service: HsdsObject, today: string, notes: string[]): string {
  const date = (str(service.assured_date) ?? str(service.last_modified))?.slice(0, 10);
  if (!date || !/^\d{4}-\d\d-\d\d$/.test(date)) {
    notes.push(`no assured_date; last_verified written as today (${today})`);
    return today;
  }
  if (date > today) notes.push(`assured_date ${date} is in the future; written as today`);
  return date > today ? today : date;
}
