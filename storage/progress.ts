import { storage } from 'wxt/utils/storage';
import { defineStored } from './define';

/*
 * Progress and what was set aside from it. Imported by content scripts (the portal buttons watch
 * progress), so nothing here pulls in zod: progress is parsed by `migrate` in
 * lib/onboarding/state-schema.ts (schema and migrations) wherever it is read.
 */

/** Progress: written by the background only (the single writer, background/store.ts). Read it with `migrate`. */
export const progressItem = storage.defineItem<unknown>('local:onboarding');

/** A dated copy of progress that couldn't be read in full, kept as it was before anything wrote over it. */
export interface ProgressCopy {
  /** When the copy was made (ISO time); also its name for restoring. */
  at: string;
  /** Why: the first thing that couldn't be read. */
  reason: string;
  /** The stored data exactly as it was (JSON, or the text itself when it wasn't JSON). */
  text: string;
}

const isCopy = (raw: unknown): raw is ProgressCopy =>
  typeof raw === 'object' && raw !== null && ['at', 'reason', 'text'].every((key) => typeof (raw as Record<string, unknown>)[key] === 'string');

/**
 * Every copy set aside, oldest first: one per time the background had to write over progress it
 * couldn't read in full (several, not one slot), downloadable and restorable from the side panel.
 */
export const progressCopiesItem = defineStored<ProgressCopy[]>('local:onboarding-copies', (raw) => (Array.isArray(raw) ? raw.filter(isCopy) : undefined), []);
