import { browser } from 'wxt/browser';
import { customPortalOrigins, portalMatchPattern } from '@/lib/handoff/portal-origins';
import { progressItem } from '@/storage/progress';
import { readProgress } from './store';

/**
 * The portal content script on self-hosted OptScale portals. The manifest covers only the FinOps for
 * Cloud portal; for a portal the person adds, the side panel asks for that origin's host permission
 * and this registers the same built script there (and unregisters it when access is taken back).
 * `scripting` serves Chrome and Firefox MV3; `contentScripts` is Firefox MV2's older way.
 */

/** The built portal content script (entrypoints/finops-portal.content). */
export const portalScriptFile = 'content-scripts/finops-portal.js';
const idPrefix = 'finops-portal:';
export const portalScriptId = (origin: string): string => `${idPrefix}${origin}`;

export interface RegisteredPortalScript {
  id: string;
  matches?: string[];
}

interface UnregisterHandle {
  unregister(): unknown;
}

/** The parts of the browser API this needs, so tests can hand in an in-memory browser. */
export interface PortalScriptsApi {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting?: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredPortalScript[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; allFrames: false }[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
  contentScripts?: { register(options: { matches: string[]; js: { file: string }[]; runAt: 'document_idle'; allFrames: false }): Promise<UnregisterHandle> };
}

export interface PortalScriptsChange {
  registered: string[];
  unregistered: string[];
}

export interface PortalScripts {
  /** Makes the registrations match the granted ones among `origins`; calls run one after another. */
  sync(origins: readonly string[]): Promise<PortalScriptsChange>;
}

export function createPortalScripts(api: PortalScriptsApi): PortalScripts {
  // Firefox MV2 registrations live as long as the background page, so the handles are the record.
  const mv2Handles = new Map<string, UnregisterHandle>();

  const registeredOrigins = async (): Promise<string[]> => {
    if (api.scripting) {
      const scripts = await api.scripting.getRegisteredContentScripts();
      return scripts.filter((script) => script.id.startsWith(idPrefix)).map((script) => script.id.slice(idPrefix.length));
    }
    return [...mv2Handles.keys()];
  };

  const register = async (origin: string) => {
    const matches = [portalMatchPattern(origin)];
    if (api.scripting) {
      await api.scripting.registerContentScripts([{ id: portalScriptId(origin), matches, js: [portalScriptFile], runAt: 'document_idle', allFrames: false }]);
    } else if (api.contentScripts) {
      mv2Handles.set(origin, await api.contentScripts.register({ matches, js: [{ file: `/${portalScriptFile}` }], runAt: 'document_idle', allFrames: false }));
    }
  };

  const unregister = async (origin: string) => {
    if (api.scripting) {
      await api.scripting.unregisterContentScripts({ ids: [portalScriptId(origin)] });
    } else {
      await mv2Handles.get(origin)?.unregister();
      mv2Handles.delete(origin);
    }
  };

  const syncNow = async (origins: readonly string[]): Promise<PortalScriptsChange> => {
    const granted: string[] = [];
    for (const origin of new Set(origins)) {
      if (await api.permissions.contains({ origins: [portalMatchPattern(origin)] }).catch(() => false)) granted.push(origin);
    }
    const current = await registeredOrigins();
    const unregistered = current.filter((origin) => !granted.includes(origin));
    const registered = granted.filter((origin) => !current.includes(origin));
    for (const origin of unregistered) await unregister(origin);
    for (const origin of registered) await register(origin);
    return { registered, unregistered };
  };

  let queue: Promise<unknown> = Promise.resolve();
  return {
    sync(origins) {
      const next = queue.then(() => syncNow(origins));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * Keeps registrations in step with what the person chose and granted: at start, when access is
 * granted or taken back, and when progress changes (a self-hosted platform chosen or removed).
 * Call once, synchronously, from the background's main so the listeners wake it.
 */
export function watchPortalScripts(): void {
  const portalScripts = createPortalScripts(browser as unknown as PortalScriptsApi);
  const sync = () => {
    readProgress()
      .then((state) => portalScripts.sync(customPortalOrigins(state)))
      .catch((error: unknown) => console.warn('[finops] portal script registration failed', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  progressItem.watch(sync);
  sync();
}
