import { browser } from 'wxt/browser';

/** The window the popup belongs to; fetched when the popup opens so the click needs no await first. */
export async function currentWindowId(): Promise<number | undefined> {
  const window = await browser.windows.getCurrent().catch(() => undefined);
  return window?.id;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both browsers accept it only inside a user
 * gesture, so call it straight from the click handler with nothing awaited before it.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  if (windowId === undefined) return Promise.reject(new Error('The browser window is not known yet; try again.'));
  return browser.sidePanel.open({ windowId });
}
