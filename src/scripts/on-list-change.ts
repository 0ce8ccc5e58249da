import { CHANGE_EVENT } from '../lib/print/my-list.ts';

/**
 * Calls `sync` whenever "my list" changes, in this page (CHANGE_EVENT) or in another tab (storage),
 * and returns the function that stops listening.
 */
export function onListChange(sync: () => void): () => void {
  document.addEventListener(CHANGE_EVENT, sync);
  window.addEventListener('storage', sync);
  return () => {
    document.removeEventListener(CHANGE_EVENT, sync);
    window.removeEventListener('storage', sync);
  };
}
