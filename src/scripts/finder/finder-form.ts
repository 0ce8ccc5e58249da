import { type FinderQuery, listFacets } from '../../lib/finder/query.ts';
import type { WhenWindow } from '../../lib/finder/time-facts.ts';

/**
 * The finder's form and the query, kept the same both ways: the form shows the query (from the address,
 * or after "clear all"), and every change to the form becomes the query. The quick "when" buttons and
 * the radio buttons in the filters are two views of one choice.
 */
export class FinderForm {
  readonly form: HTMLFormElement;
  readonly lang: string;

  constructor(form: HTMLFormElement, lang: string) {
    this.form = form;
    this.lang = lang;
  }

  #boxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')];
  }

  get input(): HTMLInputElement | null {
    return this.form.querySelector<HTMLInputElement>('input[name=q]');
  }

  /** Shows a query in the form. */
  show(query: FinderQuery): void {
    if (this.input && this.input.value !== query.q) this.input.value = query.q;
    for (const box of this.#boxes()) {
      if (box.type === 'radio') box.checked = box.value === (query.when ?? '');
      else
        box.checked =
          (query[box.name as (typeof listFacets)[number]] as string[] | undefined)?.includes(box.value) ??
          false;
    }
    for (const button of this.form.querySelectorAll<HTMLButtonElement>('[data-when]'))
      button.setAttribute('aria-pressed', String(button.dataset.when === query.when));
    const sort = this.form.querySelector<HTMLSelectElement>('[data-sort]');
    if (sort) sort.value = query.sort ?? sort.value;
  }

  /** The query the form shows, keeping what the form has no control for (place, view, map area). */
  read(base: FinderQuery): FinderQuery {
    const query: FinderQuery = { ...base, q: this.input?.value ?? base.q };
    for (const facet of listFacets) {
      const boxes = this.#boxes().filter((box) => box.name === facet);
      // A facet the page does not offer (a list page's own scope) keeps its value.
      if (boxes.length > 0)
        (query[facet] as string[]) = boxes.filter((box) => box.checked).map((box) => box.value);
    }
    const radio = this.#boxes().find((box) => box.type === 'radio' && box.checked);
    if (radio) query.when = (radio.value || undefined) as WhenWindow | undefined;
    return query;
  }

  /** Writes each option's count beside it: "(3)". Options that would give nothing are marked, not hidden. */
  showCounts(counts: Record<string, Record<string, number>>): void {
    for (const label of this.form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [facet = '', value = ''] = (label.dataset.count ?? '').split(':');
      const n = counts[facet]?.[value] ?? 0;
      label.textContent = `(${n.toLocaleString(this.lang)})`;
      label.closest('.choice')?.classList.toggle('is-empty', n === 0);
    }
  }
}
