import { fillTemplate } from '../lib/fill-template.ts';
import {
  CHANGE_EVENT,
  move,
  readList,
  readNote,
  toggle,
  writeList,
  writeNote,
} from '../lib/print/my-list.ts';

/**
 * <circles-my-list data-group-url="/groups/{id}/" data-service-url="/services/{id}/" data-label-* data-announce-*>
 * Shows the entries picked with "Add to my list", lets them be reordered, removed and given a note, and
 * prints them. The cards are the very ones the printed lists show, taken from each chosen entry's page, so
 * what prints here matches the other handouts. Nothing leaves the browser.
 */
class CirclesMyList extends HTMLElement {
  #cards = new Map<string, Element>();

  /**
   * Each entry's page carries its printed card in a <template>, so only the chosen entries are fetched:
   * the download grows with the list, not with the directory. A page that is gone (404) or a closed
   * entry (no card) leaves the card out.
   */
  async #loadCard(key: string) {
    const [kind, id = ''] = key.split(':');
    const template =
      kind === 'group' ? this.dataset.groupUrl : kind === 'service' ? this.dataset.serviceUrl : undefined;
    if (!template) return;
    const response = await fetch(fillTemplate(template, { id }));
    if (response.status === 404) return;
    if (!response.ok) throw new Error(`${key}: ${response.status}`);
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const card = html
      .querySelector<HTMLTemplateElement>('template[data-print-card]')
      ?.content.querySelector(`[data-print-entry="${CSS.escape(key)}"]`);
    if (card) this.#cards.set(key, card);
  }

  async connectedCallback() {
    const status = this.querySelector('[data-status]');
    const picked = readList(localStorage);
    if (picked.length > 0 && status) status.textContent = '…';
    try {
      await Promise.all(picked.map((key) => this.#loadCard(key)));
    } catch {
      if (status) status.textContent = this.dataset.labelFailed ?? '';
      return;
    }
    // Entries that have closed or gone since they were picked are dropped rather than printed blank.
    writeList(
      localStorage,
      readList(localStorage).filter((key) => this.#cards.has(key)),
    );
    this.#setUpNote();
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      writeList(localStorage, []);
      this.#update(this.dataset.announceCleared ?? '');
    });
    this.querySelector<HTMLElement>('[data-editor]')?.removeAttribute('hidden');
    this.#render();
    if (status) status.textContent = '';
  }

  #setUpNote() {
    const field = this.querySelector('textarea');
    const output = this.querySelector<HTMLElement>('[data-note-output]');
    if (!field || !output) return;
    const show = () => {
      output.textContent = field.value.trim();
      output.hidden = output.textContent === '';
    };
    field.value = readNote(localStorage);
    show();
    field.addEventListener('input', () => {
      writeNote(localStorage, field.value);
      show();
    });
  }

  #update(announcement: string, focus?: { key: string; action: string }) {
    document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
    this.#render();
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = announcement;
    if (focus) {
      const target =
        this.querySelector<HTMLButtonElement>(
          `[data-row="${focus.key}"] button[data-action="${focus.action}"]:not(:disabled)`,
        ) ?? this.querySelector<HTMLButtonElement>(`[data-row="${focus.key}"] button:not(:disabled)`);
      (target ?? this.querySelector<HTMLButtonElement>('[data-clear]'))?.focus();
    }
  }

  #render() {
    const list = readList(localStorage);
    const rows = this.querySelector('[data-rows]');
    const cards = this.querySelector('[data-cards]');
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
    if (!rows || !cards) return;
    rows.replaceChildren(...list.map((key, index) => this.#row(key, index, list)));
    cards.replaceChildren(...list.map((key) => document.importNode(this.#cards.get(key) as Element, true)));
    if (clear) clear.hidden = list.length === 0;
    const status = this.querySelector('[data-status]');
    if (list.length === 0 && status) status.textContent = this.dataset.labelEmpty ?? '';
  }

  #row(key: string, index: number, list: string[]) {
    const name = this.#cards.get(key)?.getAttribute('data-name') ?? key;
    const row = document.createElement('li');
    row.dataset.row = key;
    const label = document.createElement('span');
    label.className = 'my-list-name';
    label.textContent = name;
    row.append(label);
    const button = (action: string, text: string | undefined, disabled: boolean, run: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.dataset.action = action;
      element.disabled = disabled;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` (${name})`;
      element.append(text ?? action, hidden);
      element.addEventListener('click', run);
      row.append(' ', element);
    };
    const moveBy = (by: number, action: string) => () => {
      const moved = move(list, index, by);
      writeList(localStorage, moved);
      const position = String(moved.indexOf(key) + 1);
      this.#update(
        fillTemplate(this.dataset.announceMoved ?? '', { name, position, total: String(moved.length) }),
        {
          key,
          action,
        },
      );
    };
    button('up', this.dataset.labelMoveUp, index === 0, moveBy(-1, 'up'));
    button('down', this.dataset.labelMoveDown, index === list.length - 1, moveBy(1, 'down'));
    button('remove', this.dataset.labelRemove, false, () => {
      writeList(localStorage, toggle(list, key));
      const next = list[index + 1] ?? list[index - 1];
      this.#update(
        fillTemplate(this.dataset.announceRemoved ?? '', { name }),
        next ? { key: next, action: 'remove' } : undefined,
      );
      if (!next) this.querySelector<HTMLElement>('textarea')?.focus();
    });
    return row;
  }
}

if (!customElements.get('circles-my-list')) customElements.define('circles-my-list', CirclesMyList);
