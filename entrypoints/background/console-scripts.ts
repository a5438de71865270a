import { consoleAppOf, consoleAppScript, type ConsoleApp } from '@/lib/console/apps';
import type { SenderInfo } from './hub';

const consoleTabs = 'https://*.console.aws.amazon.com/*';

/**
 * Console pages carry nothing of ours until they need it: no always-on script in the isolated world
 * (creating that world alone costs a page about 2 ms of main thread). The background follows the
 * console tabs' addresses (full loads and the console's in-app routing alike) and, on a page of an
 * app we work in, injects that app's features script into the top frame; once there it follows the
 * app's routing itself. Only the tiny page-world bridge runs on every console page.
 */
export function watchConsoleTabs(): void {
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: { url?: string }) => {
    const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
    if (url) void injectConsoleApp(tabId, url);
  };
  if (import.meta.env.FIREFOX) {
    // Firefox filters events in the browser, so other sites' tabs never wake this script.
    (browser.tabs.onUpdated.addListener as (listener: typeof onUpdated, filter: { urls: string[]; properties: string[] }) => void)(onUpdated, {
      urls: [consoleTabs],
      properties: ['url', 'status'],
    });
  } else {
    browser.tabs.onUpdated.addListener(onUpdated);
  }
  // Console tabs open when the extension is installed or updated get their features without a reload.
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.query({ url: consoleTabs }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined && tab.url) void injectConsoleApp(tab.id, tab.url);
    });
  });
}

/** Inject the features of the app `url` belongs to, unless they already run in that tab's page. */
export async function injectConsoleApp(tabId: number, url: string): Promise<boolean> {
  const app = consoleAppOf(url);
  if (!app) return false;
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (wanted: ConsoleApp) =>
        (globalThis as { finopsConsoleApps?: Partial<Record<string, { isValid: boolean }>> }).finopsConsoleApps?.[wanted]?.isValid === true,
      args: [app],
    });
    if (probe?.result === true) return true;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [consoleAppScript(app)] });
    return true;
  } catch {
    // The tab moved on, closed, or is not ours to script (no host permission): nothing to do.
    return false;
  }
}

/** Load the diagnostics ("Report a problem") into the frame that asked. */
export async function injectDiagnostics(sender: SenderInfo): Promise<boolean> {
  if (sender.tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] }, files: ['/console-diagnostics.js'] });
    return true;
  } catch {
    return false;
  }
}
