import { browser } from 'wxt/browser';
import type { ProgressAction } from '../../lib/onboarding/progress';

/** The one way the UI changes progress: the background applies the action and writes storage. */
export interface DispatchMessage {
  type: 'dispatch';
  action: ProgressAction;
}

/** Put a dated copy of progress back (the background keeps what it replaces as another copy). */
export interface RestoreCopyMessage {
  type: 'restore-progress-copy';
  at: string;
}

export const dispatch = (action: ProgressAction): Promise<void> => ask({ type: 'dispatch', action } satisfies DispatchMessage);

export const restoreProgressCopy = (at: string): Promise<void> => ask({ type: 'restore-progress-copy', at } satisfies RestoreCopyMessage);

async function ask(message: DispatchMessage | RestoreCopyMessage): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  // The background answers { ok: true } once the change is stored; anything else means it wasn't.
  if (typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== true) {
    const problem = typeof reply === 'object' && reply !== null ? (reply as { problem?: unknown }).problem : undefined;
    throw new Error(typeof problem === 'string' ? problem : "the extension's background didn't confirm it");
  }
}

/** Actions carry their time so the reducer stays pure. */
export const now = (): string => new Date().toISOString();
