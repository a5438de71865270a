import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { restoreProgressCopy, updateProgress } from '../../entrypoints/background/store';
import type { ProgressState } from '../../lib/onboarding/state-schema';
import { progressItem } from '@/storage/progress';

/**
 * The background's side of `dispatch`, with the background's own store (reducer, queue, storage).
 * It answers through `sendResponse`, which the fake browser relays (it ignores returned promises).
 */
export function answerDispatchLikeTheBackground(): void {
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const dispatched = message as { type?: string; action?: Parameters<typeof updateProgress>[0][number]; at?: string };
    const work =
      dispatched.type === 'dispatch' && dispatched.action
        ? updateProgress([dispatched.action])
        : dispatched.type === 'restore-progress-copy' && typeof dispatched.at === 'string'
          ? restoreProgressCopy(dispatched.at)
          : undefined;
    if (!work) return undefined;
    void work.then(
      () => sendResponse({ ok: true }),
      (error: unknown) => sendResponse({ ok: false, problem: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}

/** The fake browser compares `url` in tabs.query literally; Chrome matches it as a pattern. This adds that. */
export function tabsQueryMatchesPatterns(): void {
  const literalQuery = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (info: Parameters<typeof literalQuery>[0]) => {
    const { url, ...rest } = info;
    const tabs = await literalQuery(rest);
    if (url === undefined) return tabs;
    const patterns = (Array.isArray(url) ? url : [url]).map((pattern) => new MatchPattern(pattern));
    return tabs.filter((tab) => tab.url !== undefined && patterns.some((pattern) => pattern.includes(tab.url as string)));
  }) as never);
}

export const storeProgress = (state: ProgressState | string): Promise<void> => progressItem.setValue(state);

/** jsdom's File has no text(); browsers have had it for years. Reads through FileReader, which jsdom has. */
export function readableFiles(): void {
  if (typeof Blob.prototype.text === 'function') return;
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}
