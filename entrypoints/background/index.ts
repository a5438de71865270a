import { portalMessageSchema } from '@/lib/messages';
import type { ProgressAction } from '@/lib/onboarding/progress';
import { injectDiagnostics, watchConsoleTabs } from './console-scripts';
import { handleConsoleMessage, type SenderInfo } from './hub';
import { handlePortalMessage } from './portal';
import { watchPortalScripts } from './portal-scripts';
import { restoreProgressCopy, updateProgress } from './store';

/**
 * The hub: content scripts report what they see, the side panel dispatches what the user does, and
 * only this script writes progress. The toolbar icon opens the side panel (Chrome) or sidebar (Firefox).
 */
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => void firefoxSidebar().toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }

  // The quick glance (popup): from the icon's right-click menu or the keyboard shortcut.
  const menus = import.meta.env.FIREFOX ? (browser as unknown as { menus: typeof browser.contextMenus }).menus : browser.contextMenus;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: 'open-glance', title: 'Quick glance at this account', contexts: ['action'] });
  });
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === 'open-glance') void openGlance();
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-glance') void openGlance();
  });

  /**
   * Chrome lets a click in a content script open the panel; Firefox only opens the sidebar from its
   * own UI (a click that went through a message no longer counts), so there the page says where to click.
   */
  const openSidePanel = async (sender: SenderInfo): Promise<boolean> => {
    try {
      if (import.meta.env.FIREFOX) await firefoxSidebar().open();
      else if (sender.windowId !== undefined) await browser.sidePanel.open({ windowId: sender.windowId });
      else return false;
      return true;
    } catch {
      return false;
    }
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The side panel, or one of our pages opened in a tab (as browser tests do): never a content script.
    const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
    if (fromExtensionPage) {
      const work = isDispatch(message) ? updateProgress([message.action]) : isRestoreCopy(message) ? restoreProgressCopy(message.at) : undefined;
      // A refusal (progress made by a newer version) reaches the panel as the reason, not as silence.
      return work?.then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, problem: error instanceof Error ? error.message : String(error) }),
      );
    }
    if (!sender.tab) return undefined;
    const portalMessage = portalMessageSchema.safeParse(message);
    if (portalMessage.success) {
      return handlePortalMessage(portalMessage.data, { origin: sender.origin, url: sender.url, tabUrl: sender.tab.url, frameId: sender.frameId });
    }
    return handleConsoleMessage(message, { tabId: sender.tab.id, windowId: sender.tab.windowId, frameId: sender.frameId, url: sender.url ?? sender.tab.url }, openSidePanel, injectDiagnostics);
  });

  watchPortalScripts();
  watchConsoleTabs();
});

const isDispatch = (message: unknown): message is { type: 'dispatch'; action: ProgressAction } =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'dispatch' && typeof (message as { action?: unknown }).action === 'object';

const isRestoreCopy = (message: unknown): message is { type: 'restore-progress-copy'; at: string } =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'restore-progress-copy' && typeof (message as { at?: unknown }).at === 'string';

/** Firefox's sidebar API isn't in the Chrome-shaped types WXT generates. */
const firefoxSidebar = () => (browser as unknown as { sidebarAction: { open(): Promise<void>; toggle(): Promise<void> } }).sidebarAction;

/** Show popup.html once, then give the icon back to the side panel. */
async function openGlance(): Promise<void> {
  await browser.action.setPopup({ popup: 'popup.html' });
  try {
    await browser.action.openPopup();
  } catch {
    // No window focused, or the browser refuses: the glance is a convenience, the panel has it all.
  } finally {
    await browser.action.setPopup({ popup: '' });
  }
}
