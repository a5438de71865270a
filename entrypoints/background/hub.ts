import { pageTitle } from '@/lib/console';
import { isConsoleUrl } from '@/lib/console/pages';
import { consoleMessageSchema, type ConsoleMessage } from '@/lib/messages';
import { progressReducer, type ProgressAction } from '@/lib/onboarding/progress';
import { accountsReadActions } from '@/lib/organization/member-accounts';
import type { ProgressState } from '@/lib/onboarding/state-schema';
import { consoleViewOf, defaultSetupChoice, resolveAccountSetup, type ResolvedSetup } from '@/lib/setup';
import { documentReply } from '@/lib/policies/for-setup';
import { restoreSavedStatements } from '@/lib/policies/restore';
import type { DocumentReply } from '@/lib/console/view';
import type { SavedBucketPolicy } from '@/lib/onboarding/state-schema';
import type { ValueKind } from '@/lib/values';
import { activePageItem, focusFieldItem, pageProblemItem } from '@/storage/session';
import { readProgress, updateProgress } from './store';

/** A console session's account joins the tracker the first time we see it, with the default setup. */
function ensureAccount(state: ProgressState, accountId: string | undefined, at: string): ProgressAction[] {
  // The reducer refuses an ID that isn't 12 digits, so a page can't add one.
  if (!accountId) return [];
  const actions: ProgressAction[] = [];
  if (!state.accounts[accountId]) actions.push({ type: 'account-added', accountId, setup: defaultSetupChoice, from: 'page', at });
  if (state.currentAccountId !== accountId) actions.push({ type: 'account-selected', accountId });
  return actions;
}

/** The setup of the account a console page is signed in to (else the one the side panel shows). */
export async function setupFor(accountIdFromPage: string | undefined): Promise<ResolvedSetup> {
  const state = await readProgress();
  const accountId = accountIdFromPage ?? state.currentAccountId;
  return resolveAccountSetup(accountId ? state.accounts[accountId] : undefined, accountId);
}

async function accountFor(accountId: string | undefined) {
  const state = await readProgress();
  const id = accountId ?? state.currentAccountId;
  return id ? state.accounts[id] : undefined;
}

/** The kept copy's missing statements merged back into the editor's text, as a DocumentReply. */
function restoreReply(saved: SavedBucketPolicy | undefined, request: { mode: 'merge' | 'preview'; bucketName: string; existingText: string }): DocumentReply {
  if (!saved) return { ok: false, message: `The extension has no copy of ${request.bucketName}'s policy to put back.` };
  const plan = restoreSavedStatements(request.existingText, saved.text);
  if (!plan.ok) return { ok: false, message: plan.problem.message };
  const count = plan.value.restored.length;
  const name = `the ${count === 1 ? 'statement' : `${count} statements`} the data export replaced`;
  return {
    ok: true,
    text: plan.value.text,
    name,
    changed: count > 0,
    description:
      count > 0
        ? `Puts back ${count} statement${count === 1 ? '' : 's'} from the copy seen ${new Date(saved.seenAt).toUTCString()}${plan.value.alreadyThere ? `; ${plan.value.alreadyThere} already there` : ''}; keeps everything in the editor.`
        : `Every statement of the copy seen ${new Date(saved.seenAt).toUTCString()} is already in the policy.`,
  };
}

export interface SenderInfo {
  tabId?: number;
  windowId?: number;
  frameId?: number;
  /** The sending frame's address, as the browser reports it (never what the message says). */
  url?: string;
}

/** Handle one message from a console content script; returns the reply, if the message asks for one. */
export async function handleConsoleMessage(
  raw: unknown,
  sender: SenderInfo,
  openSidePanel: (sender: SenderInfo) => Promise<boolean>,
  injectDiagnostics: (sender: SenderInfo) => Promise<boolean> = async () => false,
): Promise<unknown> {
  // Only a console page may report what it saw or ask for documents: any other page that somehow
  // runs our script (or a compromised extension page) is ignored.
  if (!isConsoleUrl(sender.url)) return undefined;
  const parsed = consoleMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message: ConsoleMessage = parsed.data;
  const at = new Date().toISOString();
  switch (message.type) {
    case 'load-diagnostics':
      return { injected: await injectDiagnostics(sender) };
    case 'get-view': {
      const view = consoleViewOf(await setupFor(message.accountId));
      const saved = (await accountFor(message.accountId))?.bucketPolicies ?? {};
      const savedBucketPolicies = Object.fromEntries(Object.entries(saved).map(([bucket, copy]) => [bucket, { statementCount: copy.statementCount, seenAt: copy.seenAt }]));
      return Object.keys(savedBucketPolicies).length > 0 ? { ...view, savedBucketPolicies } : view;
    }
    case 'bucket-policy-seen': {
      const state = await readProgress();
      const accountId = message.accountId ?? state.currentAccountId;
      if (accountId) await updateProgress([...ensureAccount(state, message.accountId, at), { type: 'bucket-policy-seen', accountId, bucketName: message.bucketName, text: message.text, at }]);
      return undefined;
    }
    case 'restore-bucket-policy':
      return restoreReply((await accountFor(message.accountId))?.bucketPolicies?.[message.bucketName], message);
    case 'document':
      return documentReply(await setupFor(message.accountId), message);
    case 'page-visited': {
      if (sender.tabId !== undefined) {
        await activePageItem.item.setValue({ tabId: sender.tabId, page: message.page, title: pageTitle(message.page), url: message.url, names: message.names ?? {}, accountId: message.accountId, at });
      }
      await pageProblemItem.item.setValue(null);
      const state = await readProgress();
      await updateProgress(ensureAccount(state, message.accountId, at));
      return undefined;
    }
    case 'values-read': {
      const state = await readProgress();
      const accountId = message.accountId ?? state.currentAccountId;
      if (!accountId) return undefined;
      const actions: ProgressAction[] = [...ensureAccount(state, message.accountId, at)];
      // The reducer keeps what checks out (never a secret, never the account's own ID as a value).
      for (const [kind, value] of Object.entries(message.values) as [ValueKind, string][]) actions.push({ type: 'value-read', accountId, kind, value, page: message.page, at });
      await updateProgress(actions);
      return undefined;
    }
    case 'console-event': {
      if (message.event.kind !== 'flash') return undefined;
      const state = await readProgress();
      const accountId = message.accountId ?? state.currentAccountId;
      if (accountId) await updateProgress([...ensureAccount(state, message.accountId, at), { type: 'console-flash', accountId, text: message.event.text, at }]);
      return undefined;
    }
    case 'page-problem-solved': {
      const current = await pageProblemItem.get();
      if (current?.page === message.page) await pageProblemItem.item.setValue(null);
      return undefined;
    }
    case 'page-problem':
      await pageProblemItem.item.setValue({ page: message.page, message: message.message, at });
      return undefined;
    case 'accounts-read': {
      const state = await readProgress();
      const first = ensureAccount(state, message.accountId, at);
      const read = accountsReadActions(first.reduce(progressReducer, state), { source: message.source, page: message.page, sessionAccountId: message.accountId, accounts: message.accounts }, at);
      await updateProgress([...first, ...read.actions]);
      return { added: read.added, deployed: read.deployed, ...(read.problem ? { problem: read.problem } : {}) };
    }
    case 'open-side-panel': {
      // Open first: the click's user gesture doesn't survive other awaits.
      const opened = await openSidePanel(sender);
      await focusFieldItem.item.setValue(focusFieldItem.read(message.field));
      return { opened };
    }
  }
}
