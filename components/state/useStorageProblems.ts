import { progressCopiesItem, type ProgressCopy } from '@/storage/progress';
import { useStoredValue } from './useStoredValue';

/** The dated copies of progress the background kept before writing over what it couldn't read. */
export function useProgressCopies(): ProgressCopy[] {
  return useStoredValue(progressCopiesItem) ?? [];
}
