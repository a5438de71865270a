import type { ConsoleContext } from './context';

/**
 * One console feature: the pages it runs on and what it does there.
 * `init` gets a signal that aborts when the user navigates away (SPA route change);
 * every observer, listener and wait must stop then.
 */
export interface ConsoleFeature {
  id: string;
  runsOn: Array<(url: URL) => boolean>;
  init(signal: AbortSignal, context: ConsoleContext): void | Promise<void>;
}

export const defineFeature = (feature: ConsoleFeature): ConsoleFeature => feature;
