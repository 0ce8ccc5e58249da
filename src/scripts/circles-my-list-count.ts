import { readList } from '../lib/print/my-list.ts';
import { onListChange } from './on-list-change.ts';

/**
 * <circles-my-list-count data-label="My list ({n})"><a hidden>…</a></circles-my-list-count>
 * The header's link to "my list", shown with its count once something is on it. It only reads the
 * browser's storage; nothing is written by visiting a page.
 */
class CirclesMyListCount extends HTMLElement {
  #sync = () => this.#render();
  #stop: (() => void) | undefined;

  connectedCallback() {
    this.#stop = onListChange(this.#sync);
    this.#render();
  }

  disconnectedCallback() {
    this.#stop?.();
  }

  #render() {
    const link = this.querySelector<HTMLAnchorElement>('a');
    const label = this.querySelector('[data-count-label]');
    if (!link || !label) return;
    let count = 0;
    try {
      count = readList(localStorage).length;
    } catch {
      // Storage can be off (some private windows): then there is no list to count.
    }
    link.hidden = count === 0;
    label.textContent = (this.dataset.label ?? '').replace(
      '{n}',
      count.toLocaleString(document.documentElement.lang),
    );
  }
}

if (!customElements.get('circles-my-list-count'))
  customElements.define('circles-my-list-count', CirclesMyListCount);
