import type { NextMember, PortalFillNextReply, PortalMemberConnectedReply } from '@/lib/handoff/next-member';
import { portalFillFor, portalFillPreview, type PortalFillReply, type PortalPreviewReply } from '@/lib/handoff/portal-fill';
import type { PortalMessage } from '@/lib/messages';
import type { ProgressState } from '@/lib/onboarding/state-schema';
import { memberAccountRows, nextMemberToConnect } from '@/lib/organization/member-accounts';
import { fail, ok } from '@/lib/result';
import { forgetHandOffSecret, handOffSecretsItem, lastFilledItem, memberCursorItem } from '@/storage/session';
import { readProgress, updateProgress } from './store';

/** What the browser says about the page that sent a message (never what the page says). */
export interface PortalSender {
  /** `MessageSender.origin` (Chromium). */
  origin?: string;
  /** `MessageSender.url`: the sending frame's URL. */
  url?: string;
  /** The tab's top-level URL. */
  tabUrl?: string;
  frameId?: number;
}

const originOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

/**
 * The sending page's origin when every source agrees: the frame's, the tab's and the one the
 * message claims. Only the top frame may ask (the portal script isn't injected into frames).
 */
export function verifiedPageOrigin(claimed: string, sender: PortalSender): string | undefined {
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const frameOrigin = originOf(sender.origin) ?? originOf(sender.url);
  if (!frameOrigin || frameOrigin !== claimed) return undefined;
  const tabOrigin = originOf(sender.tabUrl);
  if (tabOrigin !== undefined && tabOrigin !== frameOrigin) return undefined;
  if (sender.origin !== undefined && sender.url !== undefined && originOf(sender.url) !== frameOrigin) return undefined;
  return frameOrigin;
}

/** Secret access keys the side panel keeps in storage.session (unreadable by content scripts). */
const typedSecrets = (): Promise<Record<string, string>> => handOffSecretsItem.get().catch(() => ({}));

/** The next member account to fill, and the plan when it is pressed (member accounts need no secret). */
async function fillNextMember(state: ProgressState, pageOrigin: string, peek: boolean): Promise<PortalFillNextReply> {
  // The account being onboarded has the page's own fill button; "next" goes through the others.
  const rows = memberAccountRows(state).filter((row) => row.accountId !== state.currentAccountId);
  const next = nextMemberToConnect(rows, (await memberCursorItem.get()) ?? undefined);
  if (!next) {
    return rows.length === 0
      ? fail('no-member-accounts', 'No member accounts to connect yet. Open AWS Organizations → AWS accounts (or your StackSet\'s stack instances) in the management account: the side panel adds its member accounts.')
      : fail('all-members-connected', `All ${rows.length} member accounts are marked connected.`);
  }
  const summary: NextMember = {
    accountId: next.accountId,
    ...(next.name === undefined ? {} : { accountLabel: next.name }),
    remaining: rows.filter((row) => !row.connected).length,
    total: rows.length,
  };
  if (peek) return ok({ next: summary });
  const fill = portalFillFor({ state, pageOrigin, secrets: {}, now: Date.now(), accountId: next.accountId });
  if (!fill.ok) return fill;
  await memberCursorItem.item.setValue(next.accountId);
  return ok({ next: summary, fill: fill.value });
}

/**
 * The portal showed its success message after one of our fills: that account is connected, its
 * connect step is done, and the secret typed for its hand-off is forgotten.
 */
async function memberConnected(accountId: string): Promise<PortalMemberConnectedReply> {
  const filledHere = [await memberCursorItem.get(), await lastFilledItem.get()];
  if (!filledHere.includes(accountId)) return fail('not-filled-here', 'That account was not the one filled last, so nothing was marked.');
  await updateProgress([{ type: 'step-done', accountId, stepId: 'connect', by: 'page', at: new Date().toISOString() }]);
  await forgetHandOffSecret(accountId);
  return ok({ accountId });
}

/** Answers the portal content script: a preview for the button, or the fill plan when it is pressed. */
export async function handlePortalMessage(message: PortalMessage, sender: PortalSender): Promise<PortalPreviewReply | PortalFillReply | PortalFillNextReply | PortalMemberConnectedReply> {
  const pageOrigin = verifiedPageOrigin(message.origin, sender);
  if (!pageOrigin) return fail('unverified-page', "The extension couldn't confirm which site this page is on, so it sent nothing. Reload the page and try again.");
  if (message.type === 'portal-member-connected') return memberConnected(message.accountId);
  const state = await readProgress();
  if (message.type === 'portal-fill-next') return fillNextMember(state, pageOrigin, message.peek === true);
  // portalFillFor puts the secret only in a plan for the platform's own portal; a preview carries no values at all.
  const fill = portalFillFor({ state, pageOrigin, secrets: await typedSecrets(), now: Date.now() });
  if (message.type === 'portal-fill' && fill.ok) await lastFilledItem.item.setValue(fill.value.accountId);
  if (message.type === 'portal-fill' || !fill.ok) return fill;
  return { ok: true, value: portalFillPreview(fill.value) };
}
