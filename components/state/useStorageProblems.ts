import { setAsideKey, storageProblemsKey } from './storage-keys';
import { useStoredValue } from './useStoredValue';

const readProblems = (raw: unknown): string[] => (Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : []);
const readSetAside = (raw: unknown): string | null => (typeof raw === 'string' && raw !== '' ? raw : null);

/** What the background reported when it had to set unreadable progress aside. */
export function useStorageProblems(): { problems: string[]; setAside: string | null } {
  return { problems: useStoredValue(storageProblemsKey, readProblems) ?? [], setAside: useStoredValue(setAsideKey, readSetAside) ?? null };
}
