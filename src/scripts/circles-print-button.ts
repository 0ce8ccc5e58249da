/**
 * <circles-print-button><button hidden>…</button></circles-print-button>
 * Shows a button that opens the browser's print dialog; without JavaScript the browser's own menu does it.
 */
class CirclesPrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('circles-print-button'))
  customElements.define('circles-print-button', CirclesPrintButton);
