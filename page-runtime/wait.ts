/**
 * Resolve with the first element matching `find` — now, or when the console renders it.
 * A MutationObserver watches until found, aborted or timed out; it never outlives the wait.
 * Resolves `undefined` on timeout or abort so callers can say "couldn't find …" instead of hanging.
 */
export function waitForElement<T extends Element>(
  find: () => T | null | undefined,
  signal: AbortSignal,
  timeoutMs = 8000,
  root: Node = document.documentElement,
): Promise<T | undefined> {
  const found = find();
  if (found || signal.aborted) return Promise.resolve(found ?? undefined);
  return new Promise((resolve) => {
    const finish = (element: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(element);
    };
    const onAbort = () => finish(undefined);
    const observer = new MutationObserver(() => {
      const element = find();
      if (element) finish(element);
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Call `onChange` after the subtree changes, at most once per animation frame (a console page can
 * mutate hundreds of times while it renders; readers only need the result), until the signal aborts.
 */
export function observeChanges(signal: AbortSignal, onChange: () => void, root: Node = document.documentElement): void {
  if (signal.aborted) return;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
