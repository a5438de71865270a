import { setAsideItem, storageProblemsItem } from '@/storage/progress';
import { useStoredValue } from './useStoredValue';

/** What the background reported when it had to set unreadable progress aside. */
export function useStorageProblems(): { problems: string[]; setAside: string | null } {
  return { problems: useStoredValue(storageProblemsItem) ?? [], setAside: useStoredValue(setAsideItem) ?? null };
}
