import { useEffect, useState } from 'react';
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/** A value some other part of the extension keeps in storage, kept current; undefined until read. */
export function useStoredValue<T>(key: StorageItemKey, accept: (raw: unknown) => T): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const take = (raw: unknown) => {
      if (live) setValue(accept(raw));
    };
    const unwatch = storage.watch<unknown>(key, take);
    storage.getItem<unknown>(key).then(take, () => take(null));
    return () => {
      live = false;
      unwatch();
    };
    // `accept` is expected to be a module-level parser, so the key alone decides the subscription.
  }, [key]);
  return value;
}
