import { fillTemplate } from '../lib/fill-template.ts';
import { CHANGE_EVENT, readList, toggle, writeList } from '../lib/print/my-list.ts';
import { onListChange } from './on-list-change.ts';

/** The page's shared words for these buttons (components/MyListLabels.astro). */
const pageLabels = () => document.querySelector<HTMLTemplateElement>('template[data-my-list-labels]');

/**
 * <circles-my-list-button data-entry="group:id" data-name="…">
 * Adds an entry to "my list" (localStorage only) or takes it off, then shows a link to the list with its
 * count. It writes only when pressed. It builds its button from the page's shared labels, so it is there
 * only with JavaScript, where the printed lists by area and topic do the job instead.
 */
class CirclesMyListButton extends HTMLElement {
  #sync = () => this.#render();
  #stop: (() => void) | undefined;
  /** The link to the list shows after an add on this page, not on every card already listed. */
  #added = false;
  #labels: DOMStringMap = {};

  connectedCallback() {
    const labels = pageLabels();
    if (!labels || !this.dataset.entry) return;
    this.#labels = labels.dataset;
    if (!this.querySelector('button')) this.#build(labels);
    this.#stop = onListChange(this.#sync);
    this.#render();
  }

  disconnectedCallback() {
    this.#stop?.();
  }

  /** The button (icon, label, and the entry's name for screen readers), the list link, the announcer. */
  #build(labels: HTMLTemplateElement) {
    const button = document.createElement('button');
    button.type = 'button';
    const label = document.createElement('span');
    label.dataset.label = '';
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = ` (${this.dataset.name ?? ''})`;
    button.append(labels.content.cloneNode(true), label, name);
    button.addEventListener('click', () => this.#toggle());
    const view = document.createElement('a');
    view.className = 'my-list-added';
    view.href = labels.dataset.href ?? '';
    view.dataset.view = '';
    view.hidden = true;
    const announce = document.createElement('span');
    announce.className = 'visually-hidden';
    announce.setAttribute('role', 'status');
    announce.dataset.announce = '';
    this.replaceChildren(button, view, announce);
  }

  #toggle() {
    const key = this.dataset.entry ?? '';
    const list = toggle(readList(localStorage), key);
    writeList(localStorage, list);
    this.#added = list.includes(key);
    const announce = this.querySelector('[data-announce]');
    const message = (this.#added ? this.#labels.added : this.#labels.removed) ?? '';
    if (announce) announce.textContent = fillTemplate(message, { name: this.dataset.name ?? '' });
    document.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  }

  #render() {
    const list = readList(localStorage);
    const listed = list.includes(this.dataset.entry ?? '');
    const label = this.querySelector('[data-label]');
    if (label) label.textContent = (listed ? this.#labels.remove : this.#labels.add) ?? '';
    this.classList.toggle('is-listed', listed);
    const view = this.querySelector<HTMLAnchorElement>('[data-view]');
    if (view) {
      view.hidden = !(listed && this.#added);
      view.textContent = fillTemplate(this.#labels.view ?? '', { n: list.length });
    }
  }
}

if (!customElements.get('circles-my-list-button'))
  customElements.define('circles-my-list-button', CirclesMyListButton);
