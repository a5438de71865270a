import { describe, expect, it } from 'vitest';
import { createPortalScripts, portalScriptFile, type PortalScriptsApi, type RegisteredPortalScript } from './portal-scripts';

/*
 * The registration against an in-memory browser that keeps Chrome's rules (a duplicate ID or an
 * unknown ID is an error), since the fake browser has no `scripting` and a headless browser can't be
 * made to grant an optional host permission. tests/browser/portal-fill.test.ts runs the real thing
 * for an origin the manifest already grants.
 */

interface MemoryBrowser {
  api: PortalScriptsApi;
  granted: Set<string>;
  scripts: Map<string, RegisteredPortalScript & { js: string[]; runAt: string; allFrames: boolean }>;
}

function chromeLike(grantedPatterns: string[] = []): MemoryBrowser {
  const granted = new Set(grantedPatterns);
  const scripts: MemoryBrowser['scripts'] = new Map();
  const api: PortalScriptsApi = {
    permissions: { contains: async ({ origins }) => origins.every((origin) => granted.has(origin)) },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()].map((script) => ({ ...script })),
      registerContentScripts: async (added) => {
        for (const script of added) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        for (const script of added) scripts.set(script.id, { ...script });
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  return { api, granted, scripts };
}

const selfHosted = 'https://optscale.example.com';
const another = 'https://finops.internal.example:8443';

describe('createPortalScripts with the scripting API (Chrome, Firefox MV3)', () => {
  it('registers the portal script for each granted origin only, on that origin only', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    const change = await createPortalScripts(browser.api).sync([selfHosted, another]);
    expect(change).toEqual({ registered: [selfHosted], unregistered: [] });
    expect([...browser.scripts.values()]).toEqual([
      { id: `finops-portal:${selfHosted}`, matches: [`${selfHosted}/*`], js: [portalScriptFile], runAt: 'document_idle', allFrames: false },
    ]);
  });

  it('changes nothing when nothing changed', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    const portalScripts = createPortalScripts(browser.api);
    await portalScripts.sync([selfHosted]);
    expect(await portalScripts.sync([selfHosted, selfHosted])).toEqual({ registered: [], unregistered: [] });
    expect(browser.scripts.size).toBe(1);
  });

  it('picks up registrations from an earlier run of the background', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    await createPortalScripts(browser.api).sync([selfHosted]);
    expect(await createPortalScripts(browser.api).sync([selfHosted])).toEqual({ registered: [], unregistered: [] });
  });

  it('unregisters when access is taken back, and registers again when granted again', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    const portalScripts = createPortalScripts(browser.api);
    await portalScripts.sync([selfHosted]);
    browser.granted.delete(`${selfHosted}/*`);
    expect(await portalScripts.sync([selfHosted])).toEqual({ registered: [], unregistered: [selfHosted] });
    expect(browser.scripts.size).toBe(0);
    browser.granted.add(`${selfHosted}/*`);
    expect(await portalScripts.sync([selfHosted])).toEqual({ registered: [selfHosted], unregistered: [] });
  });

  it('unregisters a portal no account uses any more, and leaves scripts that are not ours alone', async () => {
    const browser = chromeLike([`${selfHosted}/*`, `${another}/*`]);
    browser.scripts.set('someone-else', { id: 'someone-else', matches: ['https://example.com/*'], js: ['x.js'], runAt: 'document_idle', allFrames: false });
    const portalScripts = createPortalScripts(browser.api);
    await portalScripts.sync([selfHosted, another]);
    expect(await portalScripts.sync([another])).toEqual({ registered: [], unregistered: [selfHosted] });
    expect([...browser.scripts.keys()].sort()).toEqual([`finops-portal:${another}`, 'someone-else']);
  });

  it('runs overlapping syncs one after another, so a script is never registered twice', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    const portalScripts = createPortalScripts(browser.api);
    const changes = await Promise.all([portalScripts.sync([selfHosted]), portalScripts.sync([selfHosted]), portalScripts.sync([selfHosted])]);
    expect(changes.map((change) => change.registered)).toEqual([[selfHosted], [], []]);
  });

  it('treats a permission check that fails as not granted', async () => {
    const browser = chromeLike([`${selfHosted}/*`]);
    const failing: PortalScriptsApi = { ...browser.api, permissions: { contains: () => Promise.reject(new Error('Invalid match pattern')) } };
    expect(await createPortalScripts(failing).sync([selfHosted])).toEqual({ registered: [], unregistered: [] });
  });
});

describe('createPortalScripts with contentScripts (Firefox MV2)', () => {
  it('registers through contentScripts.register and unregisters through the handle it returned', async () => {
    const registered: { matches: string[]; js: { file: string }[] }[] = [];
    const granted = new Set([`${selfHosted}/*`]);
    const api: PortalScriptsApi = {
      permissions: { contains: async ({ origins }) => origins.every((origin) => granted.has(origin)) },
      contentScripts: {
        register: async (options) => {
          registered.push(options);
          return { unregister: () => void registered.splice(registered.indexOf(options), 1) };
        },
      },
    };
    const portalScripts = createPortalScripts(api);
    expect(await portalScripts.sync([selfHosted])).toEqual({ registered: [selfHosted], unregistered: [] });
    expect(registered).toEqual([{ matches: [`${selfHosted}/*`], js: [{ file: `/${portalScriptFile}` }], runAt: 'document_idle', allFrames: false }]);
    granted.clear();
    expect(await portalScripts.sync([selfHosted])).toEqual({ registered: [], unregistered: [selfHosted] });
    expect(registered).toEqual([]);
  });
});
