import { recognisePage } from '@/lib/console/pages';
import { expectedOnPage, expectedOnUnknownPage } from '@/lib/diagnostics/expected';
import { buildSnapshot } from '@/lib/diagnostics/snapshot';
import { problemShown } from './problem-shown';

/**
 * The redacted report of this page as it is now; it goes only where the caller shows it. Lives in
 * the diagnostics script (console-diagnostics.js), loaded into the page only when someone asks.
 */
export function pageReport(problem = problemShown()): string {
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
