import { useEffect, useState } from 'react';
import type { StoredItem } from '@/storage/define';

/** A value some other part of the extension keeps in storage, checked and kept current; undefined until read. */
export function useStoredValue<T>(stored: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const take = (raw: unknown) => {
      if (live) setValue(stored.read(raw));
    };
    const unwatch = stored.item.watch(take);
    stored.item.getValue().then(take, () => take(null));
    return () => {
      live = false;
      unwatch();
    };
  }, [stored]);
  return value;
}
