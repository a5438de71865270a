import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export type StorageKey = `local:${string}` | `session:${string}`;

/**
 * One stored value: the WXT item (get, set, watch) and how to read what storage holds, which may
 * be what an older version wrote or nothing at all: anything that doesn't fit reads as the fallback.
 */
export interface StoredItem<T> {
  key: StorageKey;
  item: WxtStorageItem<T, Record<string, never>>;
  read(raw: unknown): T;
  /** The stored value, checked. */
  get(): Promise<T>;
}

export function defineStored<T>(key: StorageKey, read: (raw: unknown) => T | undefined, fallback: T): StoredItem<T> {
  const checked = (raw: unknown): T => read(raw) ?? fallback;
  // Defined on first use: WXT's item reaches for `browser` at once, and Node (tests, scripts) reads the key alone.
  let item: WxtStorageItem<T, Record<string, never>> | undefined;
  const itemOnce = () => (item ??= storage.defineItem<T>(key, { fallback }));
  return {
    key,
    get item() {
      return itemOnce();
    },
    read: checked,
    get: async () => checked(await itemOnce().getValue()),
  };
}
