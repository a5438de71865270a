/**
 * Console wizards swap steps without changing the URL and render late, so features don't look once:
 * `whenever` attaches to every element `find` returns, now and whenever the DOM changes, once per
 * element, until the page visit's signal aborts. Checks are batched to one per animation frame.
 */
export function whenever<T extends Element>(
  signal: AbortSignal,
  find: () => Iterable<T>,
  attach: (element: T) => void,
): void {
  if (signal.aborted) return;
  const seen = new WeakSet<Element>();
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    for (const element of find()) {
      if (seen.has(element)) continue;
      seen.add(element);
      attach(element);
    }
  };
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(scan);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  scan();
}
