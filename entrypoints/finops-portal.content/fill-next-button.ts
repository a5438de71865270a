import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { progressItem } from '@/storage/progress';
import { addAction, type ActionOutcome } from '@/page-runtime/action-button';
import { observeChanges } from '@/page-runtime/wait';
import { describeFillResult } from '@/lib/handoff/fill-result';
import { fillNextLabel, fillNextNote, type PortalFillNextReply, type PortalMemberConnectedReply } from '@/lib/handoff/next-member';
import type { ConsoleMessage, PortalMessage } from '@/lib/messages';
import { findConnectForm, successAlerts } from './portal-page';
import { applyFillPlan } from './fill-form';

const unreachable = "The extension's background didn't answer. Reload this page; if it keeps happening, reload the extension.";

type OpenSidePanel = Extract<ConsoleMessage, { type: 'open-side-panel' }>;

const ask = async <T>(message: PortalMessage | OpenSidePanel): Promise<T | undefined> =>
  (await browser.runtime.sendMessage(message).catch(() => undefined)) as T | undefined;

/**
 * "Fill next member account" above the connect form: fills the form for the next member account
 * not yet connected (Member, assumed role, account ID and role name) and moves down the list. When
 * the portal then says the data source is connected, that account's connect step is done.
 */
export function keepFillNextButton(ctx: ContentScriptContext, signal: AbortSignal): void {
  const context = { wxt: ctx, openSidePanel: async (field?: string) => (await ask<{ opened: boolean }>({ type: 'open-side-panel', field }))?.opened ?? false };
  const peek = () => ask<PortalFillNextReply>({ type: 'portal-fill-next', origin: location.origin, peek: true });
  let button: AbortController | undefined;
  let host: HTMLElement | undefined;
  let label = '';
  let mounting = false;
  let queued = false;
  // Nothing to fill (no member accounts tracked): asked again only when progress changes, not on every DOM change.
  let nothingToFill = false;
  // The account filled last, and the success alerts already on the page then (an earlier connect's).
  let filled: { accountId: string; earlierAlerts: Set<Element> } | undefined;
  // Once the person has pressed "Fill next member account" on this page, each successful connect
  // fills the next member at once: going down the list is then one click a member, the portal's
  // own Connect (which the extension never presses).
  let goingDownTheList = false;

  const fill = async (controller: AbortController): Promise<ActionOutcome> => {
    const reply = await ask<PortalFillNextReply>({ type: 'portal-fill-next', origin: location.origin });
    if (!reply) return { status: 'problem', message: unreachable };
    if (!reply.ok) return { status: 'problem', message: reply.problem.message };
    const { fill: plan, next } = reply.value;
    if (!plan) return { status: 'problem', message: unreachable };
    const results = await applyFillPlan(document, plan.plan.actions, controller.signal);
    filled = { accountId: next.accountId, earlierAlerts: new Set(successAlerts(document)) };
    const outcome = describeFillResult(plan, results);
    // The button now names the account after this one.
    void relabel();
    return outcome.status === 'done' ? { status: 'done', message: `${outcome.message} Once it is connected, press this again for the next account.` } : outcome;
  };

  const mount = async () => {
    if (signal.aborted || mounting || nothingToFill || host?.isConnected) return;
    const form = findConnectForm(document);
    if (!form) return;
    mounting = true;
    button?.abort();
    const controller = new AbortController();
    button = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    try {
      const reply = await peek();
      // No member accounts in the tracker: no button (the account's own fill button is there).
      if (!reply?.ok) {
        nothingToFill = reply !== undefined;
        return;
      }
      label = fillNextLabel(reply.value.next);
      host = await addAction(context, { anchor: form, append: 'before' }, {
        action: 'fill-next',
        label,
        describe: async () => {
          const again = await peek();
          return again?.ok ? fillNextNote(again.value.next) : again?.problem.message;
        },
        run: () => {
          goingDownTheList = true;
          return fill(controller);
        },
      }, controller.signal);
    } finally {
      mounting = false;
    }
    if (host && !host.isConnected) schedule();
  };

  const relabel = async () => {
    const reply = await peek();
    const next = reply?.ok ? fillNextLabel(reply.value.next) : '';
    if (signal.aborted || mounting || next === label) return;
    const button = host?.shadowRoot?.querySelector<HTMLButtonElement>('[data-finops-action="fill-next"]');
    if (button && next) {
      label = next;
      button.textContent = next;
      button.setAttribute('aria-label', next);
    }
  };

  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      void mount();
    });
  };

  const watchSuccess = () => {
    if (!filled) return;
    const fresh = successAlerts(document).some((alert) => !filled!.earlierAlerts.has(alert));
    if (!fresh) return;
    const { accountId } = filled;
    filled = undefined;
    void ask<PortalMemberConnectedReply>({ type: 'portal-member-connected', origin: location.origin, accountId }).then(async () => {
      await relabel();
      if (goingDownTheList) await fillNextAfterConnect();
    });
  };

  /** The next member filled right after a connect; its outcome shown on the button's status line. */
  const fillNextAfterConnect = async () => {
    const controller = button;
    const status = host?.shadowRoot?.querySelector<HTMLElement>('.status');
    if (!controller || controller.signal.aborted || !status) return;
    const reply = await peek();
    if (!reply?.ok) {
      goingDownTheList = false;
      status.dataset.kind = 'done';
      status.textContent = 'Connected. Every member account in the tracker is filled; nothing left to fill.';
      return;
    }
    const outcome = await fill(controller);
    status.dataset.kind = outcome.status;
    status.textContent = outcome.status === 'done' ? `Connected; the next member is filled. ${outcome.message}` : outcome.message;
  };

  observeChanges(signal, () => {
    schedule();
    watchSuccess();
  });
  // Accounts added or connected from the side panel: the button names the right next one.
  const unwatch = progressItem.watch(() => {
    nothingToFill = false;
    if (host?.isConnected) void relabel();
    else schedule();
  });
  signal.addEventListener('abort', unwatch, { once: true });
  void mount();
}
