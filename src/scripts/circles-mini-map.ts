import { mapSettings } from './map/map-settings.ts';

/**
 * <circles-mini-map data-tiles data-attribution data-lat data-lng data-zoom [data-approximate] data-label-failed data-label-tiles-failed data-map-controls>
 * An entry's place on a small map, drawn only when the visitor presses "Show on a map": until then the
 * page loads no map code and asks the tile server for nothing.
 */
class CirclesMiniMap extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-mini-map-show]');
    const panel = this.querySelector<HTMLElement>('[data-mini-map-panel]');
    if (panel) panel.hidden = false;
    button?.addEventListener('click', () => this.#show(button), { once: true });
  }

  #notice(text: string | undefined) {
    const notice = this.querySelector<HTMLElement>('[data-mini-map-notice]');
    if (!notice || !text) return;
    notice.hidden = false;
    notice.textContent = text;
  }

  async #show(button: HTMLButtonElement) {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    const { labelFailed, labelTilesFailed } = this.dataset;
    const settings = mapSettings(this.dataset, () => this.#notice(labelTilesFailed));
    if (!canvas || !settings) return;
    button.disabled = true;
    canvas.hidden = false;
    try {
      const { createMiniMap } = await import('./map/mini-map.ts');
      await createMiniMap(canvas, settings, this.dataset.approximate !== undefined);
      button.hidden = true;
      canvas.focus({ preventScroll: true });
    } catch {
      canvas.hidden = true;
      this.#notice(labelFailed);
    }
  }
}

if (!customElements.get('circles-mini-map')) customElements.define('circles-mini-map', CirclesMiniMap);
