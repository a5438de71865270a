import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { progressReducer, type ProgressAction } from '@/lib/onboarding/progress';
import { emptyProgressState } from '@/lib/onboarding/state-schema';
import { progressItem } from '@/storage/progress';
import { handOffSecretsItem } from '@/storage/session';
import { handlePortalMessage, verifiedPageOrigin, type PortalSender } from './portal';

const accountId = '111122223333';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const portal = 'https://portal.finops.softwareone.com';
const connectPage = `${portal}/cloud-account/connect`;
const at = '2026-05-04T09:00:00.000Z';

const fromPortal: PortalSender = { origin: portal, url: connectPage, tabUrl: connectPage, frameId: 0 };

describe('verifiedPageOrigin', () => {
  it.each([
    ['Chromium sender on the portal', portal, fromPortal, portal],
    ['Firefox sender (no origin field)', portal, { url: connectPage, tabUrl: connectPage, frameId: 0 }, portal],
    ['no tab URL (no tabs permission)', portal, { url: connectPage, frameId: 0 }, portal],
    ['a page claiming to be the portal', portal, { origin: 'https://evil.example', url: 'https://evil.example/cloud-account/connect', tabUrl: 'https://evil.example/', frameId: 0 }, undefined],
    ['the portal claiming to be another site', 'https://optscale.example.com', fromPortal, undefined],
    ['a frame inside the portal', portal, { ...fromPortal, frameId: 3 }, undefined],
    ['a portal frame inside another site', portal, { origin: portal, url: connectPage, tabUrl: 'https://evil.example/', frameId: 0 }, undefined],
    ['origin and url disagreeing', portal, { origin: portal, url: 'https://evil.example/', frameId: 0 }, undefined],
    ['no sender information', portal, {}, undefined],
    ['an opaque origin', 'null', { origin: 'null', url: 'data:text/html,hi', frameId: 0 }, undefined],
  ] as const)('%s', (_, claimed, sender, expected) => {
    expect(verifiedPageOrigin(claimed, sender)).toBe(expected);
  });
});

describe('handlePortalMessage, with the background’s own storage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const state = (
      [
        { type: 'account-added', accountId, setup: { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'accessKey', exportState: 'toCreate' }, at },
        { type: 'value-typed', accountId, kind: 'accessKeyId', input: 'AKIAIOSFODNN7EXAMPLE', at },
      ] satisfies ProgressAction[]
    ).reduce(progressReducer, emptyProgressState());
    await progressItem.setValue(state);
    await handOffSecretsItem.item.setValue({ [accountId]: secret });
  });

  it('gives the portal the plan with the secret typed in the side panel', async () => {
    const reply = await handlePortalMessage({ type: 'portal-fill', origin: portal }, fromPortal);
    expect(reply.ok && 'plan' in reply.value && reply.value.plan.actions).toContainEqual(expect.objectContaining({ inputName: 'awsSecretAccessKey', value: secret }));
  });

  it('answers a preview without any value or the secret', async () => {
    const reply = await handlePortalMessage({ type: 'portal-preview', origin: portal }, fromPortal);
    expect(reply).toMatchObject({ ok: true, value: { accountId, missing: [] } });
    expect(JSON.stringify(reply)).not.toContain(secret);
    expect(JSON.stringify(reply)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('sends nothing to a page whose origin the browser does not confirm', async () => {
    const reply = await handlePortalMessage({ type: 'portal-fill', origin: portal }, { url: 'https://evil.example/', frameId: 0 });
    expect(reply).toMatchObject({ ok: false, problem: { code: 'unverified-page' } });
    expect(JSON.stringify(reply)).not.toContain(secret);
  });

  it('keeps the secret from a self-hosted page the account is not set up for', async () => {
    const other = 'https://optscale.example.com';
    const reply = await handlePortalMessage({ type: 'portal-fill', origin: other }, { url: `${other}/cloud-account/connect`, tabUrl: `${other}/cloud-account/connect`, frameId: 0 });
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply)).not.toContain(secret);
  });

  it('treats unreadable secret storage as no secret typed', async () => {
    // What an older version or a bug might have left: storage holds whatever was written.
    await storage.setItem(handOffSecretsItem.key, 'not a record');
    const reply = await handlePortalMessage({ type: 'portal-fill', origin: portal }, fromPortal);
    expect(reply).toMatchObject({ ok: true, value: { plan: { missing: [{ reason: 'secret-not-typed' }] } } });
  });
});
