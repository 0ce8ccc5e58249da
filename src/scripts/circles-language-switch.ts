/**
 * <circles-language-switch><a href="/es/search/">Español</a></circles-language-switch>
 * Keeps what is in the address after the path (search words, map filters, #section) when switching
 * language, so a reader does not lose a search. The links work as they are without JavaScript.
 */
class CirclesLanguageSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || (!location.search && !location.hash)) return;
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = location.hash;
      link.href = target.href;
    });
  }
}

if (!customElements.get('circles-language-switch'))
  customElements.define('circles-language-switch', CirclesLanguageSwitch);
