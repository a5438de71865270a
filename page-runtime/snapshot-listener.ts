import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { recognisePage } from '@/lib/console/pages';
import { expectedOnPage, expectedOnUnknownPage } from '@/lib/diagnostics/expected';
import { isBuildSnapshotRequest, type SnapshotReply } from '@/lib/diagnostics/request';
import { buildSnapshot } from '@/lib/diagnostics/snapshot';

/** The "Couldn't find …" message on screen now, so a report asked for from the side panel names it. */
let problemShown: string | undefined;

/** Remember the problem the page shows until `signal` aborts (the notice went). */
export function noteProblemShown(message: string, signal: AbortSignal): void {
  problemShown = message;
  signal.addEventListener('abort', () => {
    if (problemShown === message) problemShown = undefined;
  }, { once: true });
}

/** The redacted report of this page as it is now; it goes only where the caller shows it. */
export function pageReport(problem = problemShown): string {
  const url = new URL(location.href);
  const page = recognisePage(url)?.page;
  return buildSnapshot({
    url,
    root: document,
    expected: page ? expectedOnPage[page] : expectedOnUnknownPage,
    extensionVersion: browser.runtime.getManifest().version,
    page,
    userAgent: navigator.userAgent,
    problem,
  });
}

/** Answer the side panel's "Report a problem on this page" for as long as this script runs. */
export function answerReportRequests(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: { url?: string }, sendResponse: (reply: SnapshotReply) => void) => {
    // Only the extension's own pages ask; the report is answered to them and to no one else.
    if (!isBuildSnapshotRequest(message) || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    sendResponse({ report: pageReport() });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
