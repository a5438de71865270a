import { browser } from 'wxt/browser';

/** The host permission pattern for one self-hosted portal: that origin only, nothing wider. */
export const portalOriginPattern = (origin: string): string => `${new URL(origin).origin}/*`;

/** Asks for access to the portal's origin; must run in the click that asked for it. */
export async function requestPortalAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [portalOriginPattern(origin)] });
}

export async function hasPortalAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [portalOriginPattern(origin)] });
}
