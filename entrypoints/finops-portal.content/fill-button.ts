import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { progressItem } from '@/storage/progress';
import { addAction, type ActionOutcome, type ActionSpec } from '@/page-runtime/action-button';
import { observeChanges, waitForElement } from '@/page-runtime/wait';
import { describeFillResult, displayAccountId } from '@/lib/handoff/fill-result';
import type { PortalFillPreview, PortalFillReply, PortalPreviewReply } from '@/lib/handoff/portal-fill';
import type { ConsoleMessage, PortalMessage } from '@/lib/messages';
import { applyFillPlan } from './fill-form';
import { findConnectForm, successAlerts } from './portal-page';

const unreachable = "The extension's background didn't answer. Reload this page; if it keeps happening, reload the extension.";

type OpenSidePanel = Extract<ConsoleMessage, { type: 'open-side-panel' }>;

const ask = async <T>(message: PortalMessage | OpenSidePanel): Promise<T | undefined> =>
  (await browser.runtime.sendMessage(message).catch(() => undefined)) as T | undefined;

export const fillButtonLabel = (preview: PortalFillPreview | undefined): string =>
  preview
    ? `Fill with AWS account ${displayAccountId(preview.accountId)} from the FinOps onboarding guide`
    : 'Fill from the FinOps onboarding guide';

function previewNote(reply: PortalPreviewReply | undefined): string {
  if (!reply) return unreachable;
  if (!reply.ok) return reply.problem.message;
  const { fills, missing, platformName, accountLabel } = reply.value;
  const lacking = missing.length > 0 ? ` Still missing: ${missing.map((value) => value.label).join(', ')}.` : '';
  return `${accountLabel ? `${accountLabel}, ` : ''}${platformName}: fills ${fills.join(', ')}.${lacking} You press Connect.`;
}

/**
 * After our fill the person presses Connect; when the portal then says the data source is connected
 * (even after it routes to another page), that account's connect step is done. Waits up to 15 minutes.
 */
function confirmWhenConnected(accountId: string): void {
  const earlier = new Set(successAlerts(document));
  const fresh = () => successAlerts(document).find((alert) => !earlier.has(alert));
  void waitForElement(fresh, new AbortController().signal, 15 * 60_000).then((alert) => {
    if (alert) void ask({ type: 'portal-member-connected', origin: location.origin, accountId });
  });
}

async function fill(signal: AbortSignal): Promise<ActionOutcome> {
  const reply = await ask<PortalFillReply>({ type: 'portal-fill', origin: location.origin });
  if (!reply) return { status: 'problem', message: unreachable };
  if (!reply.ok) {
    return reply.problem.code === 'no-account' ? { status: 'missing', message: reply.problem.message, field: 'accountId' } : { status: 'problem', message: reply.problem.message };
  }
  const results = await applyFillPlan(document, reply.value.plan.actions, signal);
  confirmWhenConnected(reply.value.accountId);
  return describeFillResult(reply.value, results);
}

/**
 * Keeps one fill button just above the connect form while `signal` lives: put back when React
 * replaces the form, relabelled when the account being onboarded changes.
 */
export function keepFillButton(ctx: ContentScriptContext, signal: AbortSignal): void {
  const context = { wxt: ctx, openSidePanel: async (field?: string) => (await ask<{ opened: boolean }>({ type: 'open-side-panel', field }))?.opened ?? false };
  const preview = () => ask<PortalPreviewReply>({ type: 'portal-preview', origin: location.origin });
  let button: AbortController | undefined;
  let host: HTMLElement | undefined;
  let label = '';
  let mounting = false;
  let queued = false;

  const mount = async () => {
    if (signal.aborted || mounting || host?.isConnected) return;
    const form = findConnectForm(document);
    if (!form) return;
    mounting = true;
    button?.abort();
    const controller = new AbortController();
    button = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    try {
      const reply = await preview();
      label = fillButtonLabel(reply?.ok ? reply.value : undefined);
      const spec: ActionSpec = {
        action: 'fill-form',
        label,
        describe: async () => previewNote(await preview()),
        run: () => fill(controller.signal),
      };
      host = await addAction(context, { anchor: form, append: 'before' }, spec, controller.signal);
    } finally {
      mounting = false;
    }
    // The form may have been replaced while we waited for the background.
    if (host && !host.isConnected) schedule();
  };

  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      void mount();
    });
  };

  observeChanges(signal, schedule);
  // Another account chosen in the side panel: a new label, so the button never names the wrong account.
  const unwatch = progressItem.watch(async () => {
    const reply = await preview();
    if (signal.aborted || mounting || fillButtonLabel(reply?.ok ? reply.value : undefined) === label) return;
    button?.abort();
    host = undefined;
    schedule();
  });
  signal.addEventListener('abort', unwatch, { once: true });
  void mount();
}
