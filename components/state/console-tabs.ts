import { browser } from 'wxt/browser';

/** Every console host, regional and multi-session (`ACCOUNT-xxxx.region.console…`), matches this. */
export const consoleTabPattern = 'https://*.console.aws.amazon.com/*';

/**
 * Shows `url` in the console tab the person already works in (this window's first, the most
 * recently used otherwise), or opens a new tab when there is none: one console tab, not a trail.
 */
export async function openInConsole(url: string): Promise<void> {
  const consoleTabs = await browser.tabs.query({ url: consoleTabPattern });
  const current = await browser.windows.getCurrent().catch(() => undefined);
  const ranked = [...consoleTabs].sort(
    (a, b) => Number(b.windowId === current?.id) - Number(a.windowId === current?.id) || Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  );
  const tab = ranked[0];
  if (tab?.id === undefined) {
    await browser.tabs.create({ url, active: true });
    return;
  }
  await browser.tabs.update(tab.id, { url, active: true });
  if (tab.windowId !== undefined && tab.windowId !== current?.id) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}

/** The platform's connect page opens in a tab of its own: it is a different site from the console. */
export async function openPortal(url: string): Promise<void> {
  const origin = new URL(url).origin;
  const portalTabs = await browser.tabs.query({ url: `${origin}/*` }).catch(() => []);
  const tab = portalTabs[0];
  if (tab?.id === undefined) await browser.tabs.create({ url, active: true });
  else await browser.tabs.update(tab.id, { url, active: true });
}
