import { fillTemplate } from '../lib/fill-template.ts';
import {
  CHANGE_EVENT,
  move,
  readList,
  readNote,
  readSharedList,
  shareFragment,
  toggle,
  writeList,
  writeNote,
} from '../lib/print/my-list.ts';
import { qrSvg } from '../lib/print/qr-svg.ts';

/**
 * <circles-my-list data-group-url="/groups/{id}/" data-service-url="/services/{id}/" data-label-* data-announce-*>
 * Shows the entries picked with "Add to my list", lets them be reordered, removed and given a note, and
 * prints them. The cards are the very ones the printed lists show, taken from each chosen entry's page, so
 * what prints here matches the other handouts. Nothing leaves the browser.
 */
/** An entry page's card leaves its QR code to be drawn here (components/PrintCard.astro, `drawnCode`). */
async function drawEntryCode(card: Element) {
  const slot = card.querySelector<HTMLElement>('[data-qr-url]');
  const url = slot?.dataset.qrUrl;
  if (!slot || !url) return;
  const image = card.ownerDocument.createElement('img');
  image.alt = '';
  image.src = `data:image/svg+xml,${encodeURIComponent(await qrSvg(url, 'L'))}`;
  slot.replaceChildren(image);
}

class CirclesMyList extends HTMLElement {
  #cards = new Map<string, Element>();
  /** A list opened from a shared link, held here only until the visitor chooses to keep it. */
  #shared: string[] | undefined;

  #list(): string[] {
    return (this.#shared ?? readList(localStorage)).filter((key) => this.#cards.has(key));
  }

  #save(list: string[]) {
    if (this.#shared) this.#shared = list;
    else writeList(localStorage, list);
  }

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
    if (!card) return;
    await drawEntryCode(card);
    this.#cards.set(key, card);
  }

  async connectedCallback() {
    const status = this.querySelector('[data-status]');
    this.#shared = readSharedList(location.hash);
    const picked = this.#shared ?? readList(localStorage);
    if (picked.length > 0 && status) status.textContent = '…';
    try {
      await Promise.all(picked.map((key) => this.#loadCard(key)));
    } catch {
      if (status) status.textContent = this.dataset.labelFailed ?? '';
      return;
    }
    // Entries that have closed or gone since they were picked are left out rather than printed blank;
    // the saved list itself changes only when the visitor changes it.
    this.#setUpNote();
    this.#setUpSharing();
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      this.#save([]);
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
    field.value = this.#shared ? '' : readNote(localStorage);
    show();
    field.addEventListener('input', () => {
      if (!this.#shared) writeNote(localStorage, field.value);
      show();
    });
  }

  /** The link that carries the list, its QR code on the page and on paper, and "keep" for a shared list. */
  #setUpSharing() {
    this.querySelector('[data-copy]')?.addEventListener('click', async () => {
      const field = this.querySelector<HTMLInputElement>('[data-share-link]');
      if (!field) return;
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        // The link stays selected in its box, ready to copy by hand.
      }
      const done = this.querySelector('[data-share-status]');
      if (done) done.textContent = this.dataset.announceCopied ?? '';
    });
    const keep = this.querySelector<HTMLElement>('[data-keep]');
    this.querySelector<HTMLElement>('[data-shared-notice]')?.toggleAttribute('hidden', !this.#shared);
    keep?.addEventListener('click', () => {
      writeList(localStorage, this.#list());
      this.#shared = undefined;
      this.querySelector<HTMLElement>('[data-shared-notice]')?.setAttribute('hidden', '');
      this.#update(this.dataset.announceKept ?? '');
    });
  }

  async #showShareLink(list: string[]) {
    const fragment = shareFragment(list);
    const link = new URL(
      `${location.pathname}${fragment ? `#${fragment}` : ''}`,
      this.dataset.siteUrl ?? location.href,
    ).href;
    const field = this.querySelector<HTMLInputElement>('[data-share-link]');
    if (field) field.value = link;
    this.querySelector<HTMLElement>('[data-share]')?.toggleAttribute('hidden', list.length === 0);
    if (this.#shared) history.replaceState(null, '', `${location.pathname}${fragment ? `#${fragment}` : ''}`);
    const svg = list.length > 0 ? await qrSvg(link) : '';
    for (const code of document.querySelectorAll<HTMLElement>('[data-list-qr]')) {
      code.innerHTML = svg;
      code.setAttribute('aria-label', this.dataset.labelQr ?? '');
    }
    for (const address of document.querySelectorAll<HTMLAnchorElement>('[data-list-address]')) {
      address.href = link;
      address.textContent = this.dataset.labelQr ?? '';
    }
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
    const list = this.#list();
    void this.#showShareLink(list);
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
      this.#save(moved);
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
      this.#save(toggle(list, key));
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
