import { NAVIGATED_EVENT } from '@/lib/console/bridge-protocol';
import type { ConsoleFeature } from './feature';
import type { PageLife } from './page-life';

/**
 * Runs the features that want the current page, and re-runs on every SPA navigation
 * (hash change, history navigation, pushState reported by the MAIN-world bridge).
 * Each page visit gets its own AbortController; navigating aborts it, which stops the
 * previous page's observers and removes its buttons.
 */
export function runFeatures(
  ctx: Pick<PageLife, 'onInvalidated'> & { addEventListener(target: Window, type: 'hashchange', handler: () => void): void },
  features: ConsoleFeature[],
  start: (feature: ConsoleFeature, signal: AbortSignal) => void | Promise<void>,
): void {
  let current: AbortController | undefined;
  let lastHref = '';

  const onLocation = () => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    current?.abort();
    current = undefined;
    const url = new URL(location.href);
    const wanted = features.filter((feature) => feature.runsOn.some((matches) => matches(url)));
    if (wanted.length === 0) return;
    const controller = new AbortController();
    current = controller;
    for (const feature of wanted) {
      Promise.resolve(start(feature, controller.signal)).catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn(`[finops] ${feature.id} failed`, error);
      });
    }
  };

  for (const event of ['hashchange', 'popstate', NAVIGATED_EVENT]) {
    ctx.addEventListener(window, event as 'hashchange', onLocation);
  }
  ctx.onInvalidated(() => current?.abort());
  onLocation();
}
