import { comparable } from '../../text.ts';
import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * What it costs, from the form's "Cost" choice and its "Fee, if any" text together, so that the fee's
 * words are never dropped: "free (donations welcome)" is a donation, "$5 a session" a fee, and a choice
 * of free with an amount beside it is asked about rather than guessed.
 */

export type CostKind = 'free' | 'donation' | 'fee';

export interface CostReading {
  kind: CostKind;
  /** The words to keep, as written; undefined when the choice says everything. */
  description?: string;
}

const DONATION =
  /\b(?:donation|donations|donate|pay what you can|suggested contribution|donativo|donativos|donacion|donaciones|contribucion voluntaria|a voluntad)\b/;
const FREE = /^(?:free|no cost|no charge|gratis|gratuito|gratuita|sin costo|sin cargo)$/;
const AMOUNT =
  /[$€£]\s*\d|\d+\s*(?:dollars?|dolares|usd|eur)\b|\bfee\b|\bsliding scale\b|\bcuota\b|\bescala\b|\bper (?:session|month|week)\b|\bal mes\b|\bpor sesion\b/;

export function readCost(choice: string | undefined, text: string | undefined): Reading<CostReading> {
  const words = comparable(text ?? '');
  const said = text?.trim() || undefined;
  const kind = choice?.split(' — ')[0]?.trim() as CostKind | undefined;
  if (!said) {
    if (!kind) return cannotRead('no answer — say whether it is free, by donation, or what it costs');
    return kind === 'fee'
      ? cannotRead('is a fee, but "Fee, if any" is empty — say how much, and any sliding scale or waiver')
      : read({ kind });
  }
  const amount = AMOUNT.test(words) || /[$€£]\s*\d/.test(said);
  if (amount) {
    if (kind === 'free' || kind === 'donation')
      return cannotRead(
        `is "${kind}", but "Fee, if any" says ${quote(said)} — choose "fee" if people pay, or leave "Fee, if any" empty`,
      );
    return read({ kind: 'fee', description: said });
  }
  if (DONATION.test(words)) {
    if (kind === 'fee') return read({ kind: 'fee', description: said });
    // "Free (donations welcome)" or "donations welcome" says no more than the choice "donation".
    const bare =
      /^(?:free )?(?:donations? welcome|donation|by donation|gratis donativos? bienvenidos?)$/.test(words);
    return read({ kind: 'donation', ...(bare ? {} : { description: said }) });
  }
  if (FREE.test(words)) {
    if (kind === 'fee')
      return cannotRead(
        `is "fee", but "Fee, if any" says ${quote(said)} — choose "free", or say what it costs`,
      );
    return read({ kind: 'free' });
  }
  if (!kind)
    return cannotRead(`${quote(said)} does not say whether people pay — choose free, donation or fee`);
  return read({ kind, description: said });
}
