import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readProgress } from './store';
import { activePageItem, pageProblemItem } from '@/storage/session';
import { handleConsoleMessage } from './hub';

const accountId = '111122223333';
const fromTab = { tabId: 7, windowId: 1, url: 'https://us-east-1.console.aws.amazon.com/iam/home#/policies/create' };
const neverOpens = async () => false;

describe('handleConsoleMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds the console session account on its first page visit and follows it', async () => {
    await handleConsoleMessage({ type: 'page-visited', page: 'iam-create-policy', url: 'https://console.aws.amazon.com/iam/home#/policies/create', accountId }, fromTab, neverOpens);
    const state = await readProgress();
    expect(Object.keys(state.accounts)).toEqual([accountId]);
    expect(state.currentAccountId).toBe(accountId);
    expect(await activePageItem.get()).toMatchObject({ tabId: 7, page: 'iam-create-policy', title: 'Create policy' });
  });

  it('stores values read from a page, never a secret, and ignores messages of unknown shape', async () => {
    await handleConsoleMessage({ type: 'values-read', page: 'iam-role-details', accountId, values: { roleArn: `arn:aws:iam::${accountId}:role/FinOpsForCloudAccessRole` } }, fromTab, neverOpens);
    expect(await handleConsoleMessage({ type: 'values-read', page: 'iam-create-access-key', accountId, values: { secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } }, fromTab, neverOpens)).toBeUndefined();
    expect(await handleConsoleMessage({ type: 'made-up' }, fromTab, neverOpens)).toBeUndefined();
    const account = (await readProgress()).accounts[accountId]!;
    expect(account.values.roleArn?.value).toBe(`arn:aws:iam::${accountId}:role/FinOpsForCloudAccessRole`);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('EXAMPLEKEY');
  });

  it('keeps a page problem until the same page reports it solved', async () => {
    await handleConsoleMessage({ type: 'page-problem', page: 's3-edit-bucket-policy', message: "Couldn't find the bucket policy editor" }, fromTab, neverOpens);
    await handleConsoleMessage({ type: 'page-problem-solved', page: 'iam-create-policy' }, fromTab, neverOpens);
    expect(await pageProblemItem.get()).toMatchObject({ page: 's3-edit-bucket-policy' });
    await handleConsoleMessage({ type: 'page-problem-solved', page: 's3-edit-bucket-policy' }, fromTab, neverOpens);
    expect(await pageProblemItem.get()).toBeNull();
  });

  it('answers whether the side panel opened, so the page can point at the toolbar instead', async () => {
    expect(await handleConsoleMessage({ type: 'open-side-panel', field: 'bucketName' }, fromTab, neverOpens)).toEqual({ opened: false });
    expect(await handleConsoleMessage({ type: 'open-side-panel' }, fromTab, async () => true)).toEqual({ opened: true });
  });

  it('renders documents for the buttons and reports what a merge would change', async () => {
    const reply = await handleConsoleMessage({ type: 'document', mode: 'preview', templateId: 'dataExportsBucketPolicy', accountId, existingText: '', bucketName: `billing-export-${accountId}` }, fromTab, neverOpens);
    expect(reply).toMatchObject({ ok: true, changed: true, description: expect.stringMatching(/Adds 1 statement/) });
  });

  it('loads the diagnostics into the frame that asked, and says whether it could', async () => {
    const asked: unknown[] = [];
    const inject = async (sender: unknown) => {
      asked.push(sender);
      return true;
    };
    expect(await handleConsoleMessage({ type: 'load-diagnostics' }, { ...fromTab, frameId: 3 }, neverOpens, inject)).toEqual({ injected: true });
    expect(asked).toEqual([{ ...fromTab, frameId: 3 }]);
    expect(await handleConsoleMessage({ type: 'load-diagnostics' }, fromTab, neverOpens)).toEqual({ injected: false });
  });

  it.each([
    ['a page elsewhere', 'https://evil.example/iam/home'],
    ['a look-alike host', 'https://console.aws.amazon.com.evil.example/iam/home'],
    ['plain http', 'http://us-east-1.console.aws.amazon.com/iam/home'],
    ['the portal', 'https://portal.finops.softwareone.com/cloud-account/connect'],
    ['no address at all', undefined],
  ])('ignores console messages from %s', async (_name, url) => {
    const sender = { tabId: 9, windowId: 1, url };
    expect(await handleConsoleMessage({ type: 'page-visited', page: 'iam-create-policy', url: fromTab.url, accountId }, sender, neverOpens)).toBeUndefined();
    expect(await handleConsoleMessage({ type: 'values-read', page: 'iam-role-details', accountId, values: { roleArn: `arn:aws:iam::${accountId}:role/Evil` } }, sender, neverOpens)).toBeUndefined();
    expect(await handleConsoleMessage({ type: 'get-view', accountId }, sender, neverOpens)).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await activePageItem.get()).toBeNull();
  });
});
