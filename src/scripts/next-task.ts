/**
 * Resolves in a task of its own, so the browser can paint and answer a tap between two pieces of heavy
 * work (making the map, then drawing its markers) instead of running them as one long task.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
