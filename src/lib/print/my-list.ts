/**
 * "My list": the entries an outreach worker picked, kept in this browser's localStorage only — never
 * sent anywhere. An entry is named by a key such as `group:northgate-recovery-circle`.
 */
export const LIST_KEY = 'circles:my-list';
export const NOTE_KEY = 'circles:my-list-note';
export const NOTE_MAX_LENGTH = 500;
/** Sent on `document` whenever the list changes, so every button on the page shows the same state. */
export const CHANGE_EVENT = 'circles:my-list-change';

const KEY_PATTERN = /^(group|service):[a-z0-9-]+$/;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved list; anything unreadable (edited by hand, an old format) counts as empty rather than failing. */
export function readList(storage: Store): string[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(LIST_KEY) ?? '[]');
    if (!Array.isArray(saved)) return [];
    return [
      ...new Set(saved.filter((key): key is string => typeof key === 'string' && KEY_PATTERN.test(key))),
    ];
  } catch {
    return [];
  }
}

export function writeList(storage: Store, list: readonly string[]): void {
  storage.setItem(LIST_KEY, JSON.stringify(list));
}

/** Adds the entry at the end, or takes it off when it is already there. */
export function toggle(list: readonly string[], key: string): string[] {
  return list.includes(key) ? list.filter((item) => item !== key) : [...list, key];
}

/** Moves the entry at `index` by `by` places, staying within the list. */
export function move(list: readonly string[], index: number, by: number): string[] {
  const to = Math.min(Math.max(index + by, 0), list.length - 1);
  const moved = [...list];
  const [item] = moved.splice(index, 1);
  if (item !== undefined) moved.splice(to, 0, item);
  return moved;
}

export function readNote(storage: Store): string {
  return (storage.getItem(NOTE_KEY) ?? '').slice(0, NOTE_MAX_LENGTH);
}

export function writeNote(storage: Store, note: string): void {
  storage.setItem(NOTE_KEY, note.slice(0, NOTE_MAX_LENGTH));
}

/** The address fragment that carries a list: `list=group:a,service:b` (the note stays on the device). */
export function shareFragment(list: readonly string[]): string {
  // Keys are lowercase letters, digits, hyphens and one colon: safe in a fragment as they are.
  return list.length > 0 ? `list=${list.join(',')}` : '';
}

/** The list a shared address carries, or undefined when it carries none; unknown keys are dropped. */
export function readSharedList(hash: string): string[] | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('list');
  if (value === null) return undefined;
  return [...new Set(value.split(',').filter((key) => KEY_PATTERN.test(key)))];
}
