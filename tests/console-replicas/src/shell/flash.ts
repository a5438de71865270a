import { useSyncExternalStore } from 'react';
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';

// Flash messages outlive the route change that follows a successful submit, like the console's
// "Policy X created." banner on the list page.
export interface ReplicaFlash {
  id: string;
  type: FlashbarProps.Type;
  content: string;
  action?: { label: string; href: string };
}

let flashes: ReplicaFlash[] = [];
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showFlash(flash: Omit<ReplicaFlash, 'id'>): void {
  flashes = [{ ...flash, id: `flash-${Date.now()}-${Math.random().toString(36).slice(2)}` }];
  emit();
}

export function dismissFlash(id: string): void {
  flashes = flashes.filter((flash) => flash.id !== id);
  emit();
}

export function useFlashes(): ReplicaFlash[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => flashes,
  );
}
