import type { ProgressState } from '../onboarding/state-schema';
import { finopsForCloud, portalOriginSchema } from '../platforms';

/** The origins the manifest already covers: the portal content script runs there without registration. */
export const staticPortalOrigins: readonly string[] = [finopsForCloud.portal.origin];

/**
 * The self-hosted OptScale portals the person has chosen for any account, once each, sorted: where
 * the portal content script should also run, if the person grants access. Settings that no longer
 * parse are left out (the side panel reports them).
 */
export function customPortalOrigins(state: ProgressState): string[] {
  const origins = new Set<string>();
  for (const account of Object.values(state.accounts)) {
    if (account.platform.id !== 'customOptScale') continue;
    const origin = portalOriginSchema.safeParse(account.platform.settings.portalOrigin);
    if (origin.success && !staticPortalOrigins.includes(origin.data)) origins.add(origin.data);
  }
  return [...origins].sort();
}

/** The match pattern (and host permission) for one portal: that origin only, nothing wider. */
export const portalMatchPattern = (origin: string): string => `${origin}/*`;
