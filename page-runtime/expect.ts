import { consoleTheme, toolbarHint } from './action-button';
import { onPersonClick } from './person-click';
import { mountShadowHost } from './shadow-host';
import type { ConsoleContext } from './context';
import { observeChanges } from './wait';
import { noteProblemShown, pageReportOnDemand } from './problem-shown';

/**
 * When a recognised page doesn't show what we expect within a few seconds, say so plainly in the
 * page and the side panel, instead of leaving the user waiting for a button that won't come.
 */
export function expectWithin(
  context: ConsoleContext,
  signal: AbortSignal,
  found: () => boolean,
  message: string,
  timeoutMs = 6000,
): void {
  const timer = setTimeout(() => {
    if (signal.aborted || found()) return;
    context.send({ type: 'page-problem', page: context.page!.page, message });
    // The element may still come (a slow page): then the notice goes and our buttons take over.
    const late = new AbortController();
    signal.addEventListener('abort', () => late.abort(), { once: true, signal: late.signal });
    observeChanges(late.signal, () => {
      if (!found()) return;
      late.abort();
      context.send({ type: 'page-problem-solved', page: context.page!.page });
    });
    showNotice(context, message, late.signal);
  }, timeoutMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

const noticeCss = `:host{all:initial;position:fixed;right:0;bottom:0;z-index:2147483000} .notice{font:14px/1.4 "Amazon Ember","Helvetica Neue",Roboto,Arial,sans-serif;max-width:360px;margin:16px;padding:12px 16px;border-radius:12px;border:2px solid #7d3cd9;background:#fff;color:#0f141a;box-shadow:0 4px 20px rgba(0,0,0,.25)} button{font:inherit;margin:8px 8px 0 0;border-radius:20px;border:2px solid #7d3cd9;background:transparent;color:#7d3cd9;padding:2px 12px;cursor:pointer} .notice[data-theme="dark"]{background:#161d26;color:#e9ebed;border-color:#b47cff} .notice[data-theme="dark"] button{color:#b47cff;border-color:#b47cff} textarea{display:block;box-sizing:border-box;width:100%;height:180px;margin-top:8px;font:11px/1.35 ui-monospace,Menlo,Consolas,monospace;color:inherit;background:transparent;border:1px solid #8c8c94;border-radius:4px} .status{font-size:12px;margin-top:4px}`;

function showNotice(context: ConsoleContext, message: string, signal: AbortSignal): void {
  if (signal.aborted) return;
  const { host, shadow } = mountShadowHost('finops-notice', noticeCss, document.body, 'last');
  const box = document.createElement('div');
  box.className = 'notice';
  box.dataset.theme = consoleTheme();
  box.setAttribute('role', 'alert');
  box.dataset.finopsNotice = 'missing-element';
  const text = document.createElement('div');
  text.textContent = message;
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = 'Open the side panel';
  open.dataset.finopsAction = 'open-side-panel';
  onPersonClick(open, async () => {
    if (!(await context.openSidePanel())) text.textContent = `${message} ${toolbarHint}`;
  });
  box.append(text, open, reportButton(box, message));
  shadow.append(box);
  noteProblemShown(message, signal);
  signal.addEventListener('abort', () => host.remove(), { once: true });
}

/** "Report a problem": the redacted report in the notice, to read and copy; it goes nowhere else. */
function reportButton(box: HTMLElement, message: string): HTMLButtonElement {
  const report = document.createElement('button');
  report.type = 'button';
  report.textContent = 'Report a problem';
  report.dataset.finopsAction = 'report-problem';
  onPersonClick(report, async () => {
    // The diagnostics load only now: a page that never shows a problem never carries them.
    const text = await pageReportOnDemand(message);
    box.querySelectorAll('.report').forEach((element) => element.remove());
    const area = document.createElement('div');
    area.className = 'report';
    const reportText = document.createElement('textarea');
    reportText.readOnly = true;
    reportText.wrap = 'off';
    reportText.setAttribute('aria-label', 'Problem report');
    reportText.value = text ?? "The report couldn't be made here: reload the page and try again.";
    const status = document.createElement('div');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = 'Nothing was sent. Copy the report and send it to your FinOps support contact if you like.';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy report';
    copy.dataset.finopsAction = 'copy-report';
    onPersonClick(copy, async () => {
      try {
        await navigator.clipboard.writeText(reportText.value);
        status.textContent = 'Copied. Paste it into your message to support.';
      } catch {
        reportText.select();
        status.textContent = "The browser didn't allow copying here: the report is selected, press Ctrl+C (⌘C on a Mac).";
      }
    });
    area.append(reportText, copy, status);
    box.append(area);
  });
  return report;
}
