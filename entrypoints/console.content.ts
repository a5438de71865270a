import { NAVIGATED_EVENT } from '@/lib/console/bridge-protocol';
import { recognisePage } from '@/lib/console/pages';
import type { ConsoleMessage } from '@/lib/messages';

/**
 * Always on, on every console page, and kept tiny: it only recognises the page. The first time the
 * user reaches a page we work on, the background injects the features (console-features.js);
 * every other console page costs one URL check per navigation.
 */
export default defineContentScript({
  matches: ['https://*.console.aws.amazon.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const events = ['hashchange', 'popstate', NAVIGATED_EVENT] as const;
    const check = () => {
      if (!recognisePage(location.href)) return;
      for (const event of events) window.removeEventListener(event, check);
      void browser.runtime.sendMessage({ type: 'load-console-features' } satisfies ConsoleMessage).catch(() => undefined);
    };
    for (const event of events) ctx.addEventListener(window, event as 'hashchange', check);
    check();
  },
});
