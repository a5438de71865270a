// The portal button end to end: progress dispatched to the real background, the secret put where the
// side panel keeps it (storage.session), the built content script on the portal replica (MUI +
// react-hook-form), and what the replica's own Connect submits.
import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ProgressAction, SetupChoice } from '@/lib/onboarding/progress';
import type { ValueKind } from '@/lib/values';
import { servePortalReplica } from '../portal-replica/routes.mjs';
import type { PortalReplicaState, PortalReplicaSubmittedValues } from '../portal-replica/routes.d.mts';
import { forEachBrowser, openExtensionPage, readExtensionStorage, serveFixtures, type LaunchedBrowser } from '../support/browser';
import { findAction, runAction } from '../support/console';
import { replicaRoutes } from '../support/fixtures';

const accountId = '111122223333';
// AWS's documented example key pair: the right shapes, never a real credential.
const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const finopsPortal = 'https://portal.finops.softwareone.com';
const connectPath = '/cloud-account/connect';
// A self-hosted portal the extension may already reach: the manifest's console host permission covers
// it, so the background registers the portal script there without a permission prompt headless
// browsers can't answer.
const grantedSelfHosted = 'https://optscale.console.aws.amazon.com';
const label = 'Fill with AWS account 1111-2222-3333 from the FinOps onboarding guide';
const at = '2026-05-04T09:00:00.000Z';

const typed: Partial<Record<ValueKind, string>> = {
  dataSourceName: 'Acme production',
  roleName: 'FinOpsReader',
  accessKeyId,
  exportName: 'cur2-hourly',
  bucketName: 'acme-billing-111122223333',
  // Nested: the portal wants the prefix exactly as the export has it, not its last folder.
  exportPathPrefix: 'finops/exports/cur2',
};

const finops = (accountType: SetupChoice['accountType'], authMethod: SetupChoice['authMethod']): SetupChoice => ({
  platform: { id: 'finopsForCloud' },
  accountType,
  authMethod,
  exportState: 'toCreate',
});
const selfHosted = (portalOrigin: string): SetupChoice => ({
  ...finops('standalone', 'accessKey'),
  platform: { id: 'customOptScale', settings: { portalOrigin, trustedPrincipal: '444455556666' } },
});

const accountActions = (setup: SetupChoice): ProgressAction[] => [
  { type: 'account-added', accountId, setup, at },
  ...Object.entries(typed).map(([kind, input]): ProgressAction => ({ type: 'value-typed', accountId, kind: kind as ValueKind, input, at })),
];

type ExtensionApi = {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
    session: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

/** One of the extension's own pages, for `task` to reach the extension API from; closed afterwards. */
async function onExtensionPage<T>(launched: LaunchedBrowser, task: (page: Page) => Promise<T>): Promise<T> {
  const page = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
  try {
    return await task(page);
  } finally {
    await page.close();
  }
}

type StoredProgress = { currentAccountId?: string; accounts: Record<string, { values: Record<string, { value: string }> }> };

/** Progress from nothing, through the background's dispatch; the secret as the side panel keeps it. */
async function seed(launched: LaunchedBrowser, actions: ProgressAction[], secrets: Record<string, string> | null): Promise<void> {
  const kept = await onExtensionPage(launched, (page) =>
    page.evaluate(
      async (actions, secrets) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as ExtensionApi;
        await api.storage.local.remove('onboarding');
        for (const action of actions) {
          const reply = (await api.runtime.sendMessage({ type: 'dispatch', action })) as { ok?: boolean } | undefined;
          if (!reply?.ok) throw new Error(`The background refused ${JSON.stringify(action)}`);
        }
        if (secrets) await api.storage.session.set({ handOffSecrets: secrets });
        else await api.storage.session.remove('handOffSecrets');
        return (await api.storage.local.get('onboarding')).onboarding as StoredProgress;
      },
      actions,
      secrets,
    ),
  );
  // The reducer quietly ignores actions it can't apply: make sure the account is what the test means.
  expect(kept.currentAccountId).toBe(accountId);
  expect(kept.accounts[accountId]?.values.exportPathPrefix?.value).toBe(typed.exportPathPrefix);
}

async function openPortal(launched: LaunchedBrowser, url: string): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1400, height: 1100 });
  await serveFixtures(page, [(requested) => servePortalReplica(requested, [grantedSelfHosted]), ...(await replicaRoutes())]);
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await page.waitForFunction(() => (window as unknown as { __PORTAL_STATE__?: PortalReplicaState }).__PORTAL_STATE__?.ready === true);
  return page;
}

const portalState = (page: Page) => page.evaluate(() => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__);

/** Presses the replica's own Connect (the extension never does) and returns what it submitted, if valid. */
async function connect(page: Page): Promise<PortalReplicaState> {
  const before = (await portalState(page)).submitCount;
  await page.click('[data-test-id="btn_connect_cloud_account"]');
  await page.waitForFunction((count) => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__.submitCount > count, {}, before);
  return portalState(page);
}

const inputValue = (page: Page, testId: string) => page.$eval(`[data-test-id="${testId}"]`, (input) => (input as HTMLInputElement).value);

forEachBrowser((launched) => {
  it.each([
    [
      'standalone, assumed role',
      finops('standalone', 'assumedRole'),
      {
        type: 'awsStandalone',
        authMethod: 'assumedRole',
        name: 'Acme production',
        awsRoleAccountId: accountId,
        awsRoleName: 'FinOpsReader',
        curVersion: '2',
        exportName: 'cur2-hourly',
        bucketName: 'acme-billing-111122223333',
        bucketPrefix: 'finops/exports/cur2',
      },
    ],
    [
      'standalone, access key with the secret typed in the side panel',
      finops('standalone', 'accessKey'),
      {
        type: 'awsStandalone',
        authMethod: 'accessKey',
        name: 'Acme production',
        awsAccessKeyId: accessKeyId,
        awsSecretAccessKey: secret,
        curVersion: '2',
        exportName: 'cur2-hourly',
        bucketName: 'acme-billing-111122223333',
        bucketPrefix: 'finops/exports/cur2',
      },
    ],
    ['member, assumed role: only the account ID and role name', finops('member', 'assumedRole'), { type: 'awsMember', authMethod: 'assumedRole', name: 'Acme production', awsRoleAccountId: accountId, awsRoleName: 'FinOpsReader' }],
    [
      'management, assumed role',
      finops('management', 'assumedRole'),
      {
        type: 'awsManagement',
        authMethod: 'assumedRole',
        name: 'Acme production',
        awsRoleAccountId: accountId,
        awsRoleName: 'FinOpsReader',
        curVersion: '2',
        exportName: 'cur2-hourly',
        bucketName: 'acme-billing-111122223333',
        bucketPrefix: 'finops/exports/cur2',
      },
    ],
  ] satisfies [string, SetupChoice, PortalReplicaSubmittedValues][])('%s: one click fills what Connect submits', async (_, setup, expected) => {
    await seed(launched(), accountActions(setup), { [accountId]: secret });
    const page = await openPortal(launched(), `${finopsPortal}${connectPath}`);
    const button = await findAction(page, 'fill-form', label);
    expect(await button.evaluate((element) => element.getAttribute('aria-label'))).toBe(label);

    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome).toEqual({ kind: 'done', text: expect.stringMatching(/^Filled all \d+ of \d+ fields for AWS account 1111-2222-3333: .*press Connect yourself\.$/) });
    expect(outcome.text).not.toContain(secret);
    expect((await portalState(page)).submitCount).toBe(0);

    const state = await connect(page);
    expect(state.invalidFields).toEqual([]);
    expect(state.submitted).toEqual(expected);
    // The portal said "connected": the account's connect step is done and its typed secret forgotten.
    await expect
      .poll(async () => ((await readExtensionStorage(launched(), 'local')).onboarding as { accounts: Record<string, { steps: Record<string, { status: string }> }> }).accounts[accountId]?.steps.connect?.status, { timeout: 10_000 })
      .toBe('done');
    expect(JSON.stringify(await readExtensionStorage(launched(), 'session'))).not.toContain(secret);
    await page.close();
  });

  it("ignores a page script's click on the fill button: no secret reaches the form until a person clicks", async () => {
    await seed(launched(), accountActions(finops('standalone', 'accessKey')), { [accountId]: secret });
    const page = await openPortal(launched(), `${finopsPortal}${connectPath}`);
    const button = await findAction(page, 'fill-form', label);
    const formValues = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('form input')).map((input) => `${input.name}=${input.value}`));
    const before = await formValues();
    // What a hostile portal script can do: reach into our open shadow root and click, twice.
    await button.evaluate((element) => {
      element.click();
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // Give a fill that wrongly started every chance to land before looking.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The form is exactly as the portal drew it (assumed role, its default prefix): nothing filled.
    expect(await formValues()).toEqual(before);
    expect((await formValues()).join('\n')).not.toContain(secret);
    expect(await button.evaluate((element) => element.closest('.finops')?.querySelector('.status')?.textContent ?? '')).toBe('');

    // The person's own click fills it.
    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome.kind).toBe('done');
    expect(await inputValue(page, 'input_secret_key')).toBe(secret);
    await page.close();
  });

  it('leaves the secret empty when none was typed in this session, and says where to type it', async () => {
    await seed(launched(), accountActions(finops('standalone', 'accessKey')), null);
    const page = await openPortal(launched(), `${finopsPortal}${connectPath}`);
    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome.kind).toBe('missing');
    expect(outcome.text).toContain("AWS secret access key was left empty: type it into the side panel's last step");
    expect(await inputValue(page, 'input_secret_key')).toBe('');
    expect(await inputValue(page, 'input_aws_access_key_id')).toBe(accessKeyId);
    await findAction(page, 'open-side-panel', 'Open the side panel');

    const state = await connect(page);
    expect(state.submitted).toBeUndefined();
    expect(state.invalidFields).toEqual(['awsSecretAccessKey']);
    await page.close();
  });

  it("keeps the secret from a portal that isn't the account's platform", async () => {
    await seed(launched(), accountActions(selfHosted('https://optscale.example.com')), { [accountId]: secret });
    const page = await openPortal(launched(), `${finopsPortal}${connectPath}`);
    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome.kind).toBe('missing');
    expect(outcome.text).toContain('AWS secret access key was not sent: it goes only to');
    expect(outcome.text).toContain("This page (https://portal.finops.softwareone.com) isn't the portal of");
    expect(await inputValue(page, 'input_secret_key')).toBe('');
    expect(await inputValue(page, 'input_aws_access_key_id')).toBe(accessKeyId);
    const pageSawSecret = await page.evaluate((text) => document.documentElement.outerHTML.includes(text), secret);
    expect(pageSawSecret).toBe(false);
    await page.close();
  });

  it('shows the button only on the connect page, following the portal’s client-side navigation', async () => {
    await seed(launched(), accountActions(finops('standalone', 'assumedRole')), null);
    const page = await openPortal(launched(), `${finopsPortal}/cloud-accounts`);
    const buttons = () => page.evaluate(() => document.querySelectorAll('finops-action').length);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await buttons()).toBe(0);
    await page.click('[data-test-id="btn_add"]');
    await findAction(page, 'fill-form', label);
    await page.click('[data-test-id="btn_cancel_cloud_account"]');
    await expect.poll(buttons, { timeout: 5000 }).toBe(0);
    await page.close();
  });

  it('renames the button when the side panel switches to another account', async () => {
    await seed(launched(), accountActions(finops('standalone', 'assumedRole')), null);
    const page = await openPortal(launched(), `${finopsPortal}${connectPath}`);
    await findAction(page, 'fill-form', label);
    const otherAccount: ProgressAction = { type: 'account-added', accountId: '444455556666', setup: finops('member', 'assumedRole'), at };
    await onExtensionPage(launched(), (extensionPage) =>
      extensionPage.evaluate(async (action) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as ExtensionApi;
        await api.runtime.sendMessage({ type: 'dispatch', action });
      }, otherAccount),
    );
    await findAction(page, 'fill-form', 'Fill with AWS account 4444-5555-6666 from the FinOps onboarding guide');
    expect(await page.evaluate(() => document.querySelectorAll('finops-action').length)).toBe(1);
    await page.close();
  });

  it('registers itself on a self-hosted portal the extension may reach, fills it with the secret, and goes when the portal is no longer used', async () => {
    const registered = () =>
      onExtensionPage(launched(), (page) =>
        page.evaluate(async () => {
          const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as ExtensionApi;
          return (await api.scripting.getRegisteredContentScripts()).map((script) => ({ id: script.id, matches: script.matches }));
        }),
      );
    await seed(launched(), accountActions(selfHosted(grantedSelfHosted)), { [accountId]: secret });
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: `finops-portal:${grantedSelfHosted}`, matches: [`${grantedSelfHosted}/*`] }]);

    const page = await openPortal(launched(), `${grantedSelfHosted}${connectPath}`);
    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome.kind).toBe('done');
    const state = await connect(page);
    expect(state.submitted).toMatchObject({ type: 'awsStandalone', authMethod: 'accessKey', awsAccessKeyId: accessKeyId, awsSecretAccessKey: secret, bucketPrefix: 'finops/exports/cur2' });
    await page.close();

    await seed(launched(), accountActions(finops('standalone', 'assumedRole')), null);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
  });
});
