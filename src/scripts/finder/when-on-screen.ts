/**
 * Resolves once the element is on screen. The map's code and data (Leaflet, the
 * names file) wait for this, so a phone that opens the map page with the map below the fold downloads
 * them only when the visitor scrolls to it. Browsers without IntersectionObserver load at once.
 */
export function whenOnScreen(element: Element): Promise<void> {
  if (!('IntersectionObserver' in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (seen) => {
        if (!seen.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      // No margin: a phone that never scrolls to the map never pays for it.
      { rootMargin: '0px' },
    );
    observer.observe(element);
  });
}
