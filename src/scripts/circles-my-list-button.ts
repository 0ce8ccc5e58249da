import { CHANGE_EVENT, readList, toggle, writeList } from '../lib/print/my-list.ts';
import { onListChange } from './on-list-change.ts';

/**
 * <circles-my-list-button data-entry="group:id" data-label-add data-label-remove data-label-view data-announce-*>
 * Adds an entry to "my list" (localStorage only) or takes it off, then shows a link to the list with its
 * count. It writes only when pressed. Its button stays hidden without JavaScript, where the printed lists
 * by area and topic do the job instead.
 */
class CirclesMyListButton extends HTMLElement {
  #sync = () => this.#render();
  #stop: (() => void) | undefined;
  /** The link to the list shows after an add on this page, not on every card already listed. */
  #added = false;

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || !this.dataset.entry) return;
    button.hidden = false;
    button.addEventListener('click', () => this.#toggle());
    this.#stop = onListChange(this.#sync);
    this.#render();
  }

  disconnectedCallback() {
    this.#stop?.();
  }

  #toggle() {
    const key = this.dataset.entry ?? '';
    const list = toggle(readList(localStorage), key);
    writeList(localStorage, list);
    this.#added = list.includes(key);
    const announce = this.querySelector('[data-announce]');
    if (announce)
      announce.textContent =
        (list.includes(key) ? this.dataset.announceAdded : this.dataset.announceRemoved) ?? '';
    document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  }

  #render() {
    const list = readList(localStorage);
    const listed = list.includes(this.dataset.entry ?? '');
    const label = this.querySelector('[data-label]');
    if (label) label.textContent = (listed ? this.dataset.labelRemove : this.dataset.labelAdd) ?? '';
    this.classList.toggle('is-listed', listed);
    const view = this.querySelector<HTMLAnchorElement>('[data-view]');
    if (view) {
      view.hidden = !(listed && this.#added);
      view.textContent = (this.dataset.labelView ?? '').replace('{n}', String(list.length));
    }
  }
}

if (!customElements.get('circles-my-list-button'))
  customElements.define('circles-my-list-button', CirclesMyListButton);
