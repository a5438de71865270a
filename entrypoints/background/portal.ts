import { storage } from 'wxt/utils/storage';
import { handOffSecretsKey } from '@/components/state/storage-keys';
import { portalFillFor, portalFillPreview, type PortalFillReply, type PortalPreviewReply } from '@/lib/handoff/portal-fill';
import type { PortalMessage } from '@/lib/messages';
import { fail } from '@/lib/result';
import { readProgress } from './store';

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
async function typedSecrets(): Promise<Record<string, string>> {
  const stored = await storage.getItem<unknown>(handOffSecretsKey).catch(() => undefined);
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Answers the portal content script: a preview for the button, or the fill plan when it is pressed. */
export async function handlePortalMessage(message: PortalMessage, sender: PortalSender): Promise<PortalPreviewReply | PortalFillReply> {
  const pageOrigin = verifiedPageOrigin(message.origin, sender);
  if (!pageOrigin) return fail('unverified-page', "The extension couldn't confirm which site this page is on, so it sent nothing. Reload the page and try again.");
  const state = await readProgress();
  // portalFillFor puts the secret only in a plan for the platform's own portal; a preview carries no values at all.
  const fill = portalFillFor({ state, pageOrigin, secrets: await typedSecrets(), now: Date.now() });
  if (message.type === 'portal-fill' || !fill.ok) return fill;
  return { ok: true, value: portalFillPreview(fill.value) };
}
