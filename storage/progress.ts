import { storage } from 'wxt/utils/storage';
import { defineStored } from './define';

/*
 * Progress and what was set aside from it. Imported by content scripts (the portal buttons watch
 * progress), so nothing here pulls in zod: progress is parsed by `migrate` in
 * lib/onboarding/state-schema.ts (schema and migrations) wherever it is read.
 */

/** Progress: written by the background only (the single writer, background/store.ts). Read it with `migrate`. */
export const progressItem = storage.defineItem<unknown>('local:onboarding');

/** What the background couldn't read from progress, set aside (secrets removed) for the person to download. */
export const setAsideItem = defineStored<string | null>('local:onboarding-set-aside', (raw) => (typeof raw === 'string' && raw !== '' ? raw : undefined), null);

/** The background's sentences about progress it couldn't read. */
export const storageProblemsItem = defineStored<string[]>(
  'session:storage-problems',
  (raw) => (Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : undefined),
  [],
);
