import { isConnectPage } from '@/lib/handoff/portal-pages';
import { keepFillButton } from './fill-button';
import { keepFillNextButton } from './fill-next-button';

/**
 * The portal content script: one "fill the connect form" button on the FinOps for Cloud portal's
 * connect page. The background registers this same script for self-hosted OptScale portals the
 * person grants access to (background/portal-scripts.ts). The portal is a single-page app, so the
 * button comes and goes with client-side navigation.
 */
export default defineContentScript({
  matches: ['https://portal.finops.softwareone.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let current: AbortController | undefined;
    const follow = (url: URL) => {
      const wanted = isConnectPage(url);
      if (wanted === (current !== undefined)) return;
      current?.abort();
      current = undefined;
      if (!wanted) return;
      current = new AbortController();
      keepFillButton(ctx, current.signal);
      keepFillNextButton(ctx, current.signal);
    };
    // WXT reports pushState/replaceState and history navigation (Navigation API, or polling where there is none).
    ctx.addEventListener(window, 'wxt:locationchange', (event) => follow(event.newUrl));
    ctx.addEventListener(window, 'popstate', () => follow(new URL(location.href)));
    ctx.onInvalidated(() => current?.abort());
    follow(new URL(location.href));
  },
});
