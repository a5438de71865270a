import type { ConsoleMessage } from '@/lib/messages';

/**
 * What the features scripts and the on-demand diagnostics script share in the page's isolated
 * world (one per extension and frame): the problem on screen, and the report builder once loaded.
 */
const shared = globalThis as { finopsProblemShown?: string; finopsPageReport?: (problem?: string) => string };

/** The "Couldn't find …" message on screen now, so a report names it. */
export const problemShown = (): string | undefined => shared.finopsProblemShown;

/** Remember the problem the page shows until `signal` aborts (the notice went). */
export function noteProblemShown(message: string, signal: AbortSignal): void {
  shared.finopsProblemShown = message;
  signal.addEventListener('abort', () => {
    if (shared.finopsProblemShown === message) shared.finopsProblemShown = undefined;
  }, { once: true });
}

/** Make `report` the page's report builder (the diagnostics script does, when loaded). */
export function providePageReport(report: (problem?: string) => string): void {
  shared.finopsPageReport = report;
}

/**
 * The report of this page, with the diagnostics loaded on demand: the background injects them
 * into this frame. Undefined when it could not (e.g. the extension was updated: reload the page).
 */
export async function pageReportOnDemand(problem: string): Promise<string | undefined> {
  if (!shared.finopsPageReport) {
    await browser.runtime.sendMessage({ type: 'load-diagnostics' } satisfies ConsoleMessage).catch(() => undefined);
  }
  return shared.finopsPageReport?.(problem);
}
