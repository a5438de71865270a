import { browser } from 'wxt/browser';
import type { ProgressAction } from '../../lib/onboarding/progress';

/** The one way the UI changes progress: the background applies the action and writes storage. */
export interface DispatchMessage {
  type: 'dispatch';
  action: ProgressAction;
}

export async function dispatch(action: ProgressAction): Promise<void> {
  const message: DispatchMessage = { type: 'dispatch', action };
  const reply: unknown = await browser.runtime.sendMessage(message);
  // The background answers { ok: true } once the change is stored; anything else means it wasn't.
  if (typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== true) {
    const problem = typeof reply === 'object' && reply !== null ? (reply as { problem?: unknown }).problem : undefined;
    throw new Error(typeof problem === 'string' ? problem : "the extension's background didn't confirm it");
  }
}

/** Actions carry their time so the reducer stays pure. */
export const now = (): string => new Date().toISOString();
