// The background's side of organization scale, with its own store (reducer, queue, storage):
// member accounts read from console pages, and the portal's "Fill next member account".
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PortalFillNextReply } from '@/lib/handoff/next-member';
import { handleConsoleMessage } from './hub';
import { memberCursorItem } from '@/storage/session';
import { handlePortalMessage, type PortalSender } from './portal';
import { readProgress } from './store';

const management = '111122223333';
const fromTab = { tabId: 7, windowId: 1, url: 'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts' };
const neverOpens = async () => false;
const portal = 'https://portal.finops.softwareone.com';
const fromPortal: PortalSender = { origin: portal, url: `${portal}/cloud-account/connect`, tabUrl: `${portal}/cloud-account/connect`, frameId: 0 };
const memberId = (index: number) => String(210000000000 + index);

const organizationsPage = (count: number) => ({
  type: 'accounts-read',
  page: 'organizations-accounts',
  source: 'organizations',
  accountId: management,
  accounts: [{ accountId: management, name: 'Management', management: true }, ...Array.from({ length: count }, (_unused, index) => ({ accountId: memberId(index + 1), name: `workload-${index + 1}` }))],
});

const instancesPage = (statuses: Array<'CURRENT' | 'OUTDATED' | 'INOPERABLE'>) => ({
  type: 'accounts-read',
  page: 'cloudformation-stack-set-instances',
  source: 'stack-set-instances',
  accountId: management,
  accounts: statuses.map((stackStatus, index) => ({ accountId: memberId(index + 1), stackStatus })),
});

describe('accounts-read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds the session account and its 200 members, and answers how many joined', async () => {
    expect(await handleConsoleMessage(organizationsPage(200), fromTab, neverOpens)).toEqual({ added: 200, deployed: 0 });
    const state = await readProgress();
    expect(Object.keys(state.accounts)).toHaveLength(201);
    expect(state.currentAccountId).toBe(management);
    expect(state.accounts[memberId(200)]).toMatchObject({ label: 'workload-200', accountType: 'member', authMethod: 'assumedRole' });
  });

  it('marks CURRENT instances deployed, and handles 500 accounts in one write', async () => {
    await handleConsoleMessage(organizationsPage(500), fromTab, neverOpens);
    const statuses = Array.from({ length: 500 }, (_unused, index): 'OUTDATED' | 'CURRENT' => (index % 5 === 0 ? 'OUTDATED' : 'CURRENT'));
    const started = performance.now();
    expect(await handleConsoleMessage(instancesPage(statuses), fromTab, neverOpens)).toEqual({ added: 0, deployed: 400 });
    expect(performance.now() - started).toBeLessThan(2000);
    const state = await readProgress();
    expect(state.accounts[memberId(2)]?.steps['access-role']).toMatchObject({ status: 'done', by: 'page' });
    expect(state.accounts[memberId(1)]?.steps['access-role']).toBeUndefined();
  });

  it('refuses a message of the wrong shape (an ID that is not 12 digits)', async () => {
    const bad = { ...organizationsPage(1), accounts: [{ accountId: '2100-0000-0001' }] };
    expect(await handleConsoleMessage(bad, fromTab, neverOpens)).toBeUndefined();
    expect(Object.keys((await readProgress()).accounts)).toEqual([]);
  });
});

describe('Fill next member account', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await handleConsoleMessage(organizationsPage(3), fromTab, neverOpens);
    await handleConsoleMessage(instancesPage(['CURRENT', 'CURRENT', 'CURRENT']), fromTab, neverOpens);
  });

  const press = async (peek = false) => (await handlePortalMessage({ type: 'portal-fill-next', origin: portal, peek }, fromPortal)) as PortalFillNextReply;
  const filledAccount = (reply: PortalFillNextReply) => (reply.ok ? reply.value.fill?.plan.actions.find((action) => action.kind === 'fill' && action.fieldKey === 'accountId') : undefined);

  it('fills the member form of one account after another, moving down the list', async () => {
    expect(await press(true)).toMatchObject({ ok: true, value: { next: { accountId: memberId(1), remaining: 3, total: 3 } } });
    expect((await press(true)).ok && (await press(true)).ok).toBe(true);

    const first = await press();
    expect(first).toMatchObject({ ok: true, value: { next: { accountId: memberId(1), accountLabel: 'workload-1' }, fill: { accountId: memberId(1), plan: { accountType: 'member', authMethod: 'assumedRole' } } } });
    expect(first.ok && first.value.fill?.plan.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'press', label: 'Member' }),
        expect.objectContaining({ kind: 'fill', fieldKey: 'accountId', value: memberId(1) }),
        expect.objectContaining({ kind: 'fill', fieldKey: 'roleName', value: 'FinOpsForCloudAccessRole' }),
      ]),
    );
    expect(await memberCursorItem.get()).toBe(memberId(1));

    // The portal says it is connected: that account's connect step is done, and the next press fills the next one.
    expect(await handlePortalMessage({ type: 'portal-member-connected', origin: portal, accountId: memberId(1) }, fromPortal)).toMatchObject({ ok: true });
    expect((await readProgress()).accounts[memberId(1)]?.steps.connect).toMatchObject({ status: 'done', by: 'page' });
    expect(filledAccount(await press())).toMatchObject({ value: memberId(2) });
    // Not confirmed, pressed again: on to the third.
    expect(filledAccount(await press())).toMatchObject({ value: memberId(3) });
    expect((await readProgress()).accounts[memberId(2)]?.steps.connect).toBeUndefined();
  });

  it('marks connected only the account filled last, and only from a verified portal page', async () => {
    await press();
    expect(await handlePortalMessage({ type: 'portal-member-connected', origin: portal, accountId: memberId(2) }, fromPortal)).toMatchObject({ ok: false });
    expect(await handlePortalMessage({ type: 'portal-member-connected', origin: portal, accountId: memberId(1) }, { url: 'https://evil.example/', frameId: 0 })).toMatchObject({
      ok: false,
      problem: { code: 'unverified-page' },
    });
    const state = await readProgress();
    expect(Object.values(state.accounts).some((account) => account.steps.connect)).toBe(false);
  });

  it('leaves out the account being onboarded: the page\'s own fill button is for that one', async () => {
    await handleConsoleMessage({ type: 'page-visited', page: 'organizations-accounts', url: 'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts', accountId: memberId(1) }, fromTab, neverOpens);
    expect((await readProgress()).currentAccountId).toBe(memberId(1));
    expect(await press(true)).toMatchObject({ ok: true, value: { next: { accountId: memberId(2), remaining: 2, total: 2 } } });
  });

  it('says so when every member account is connected, and when there are none', async () => {
    for (let index = 1; index <= 3; index += 1) {
      await press();
      await handlePortalMessage({ type: 'portal-member-connected', origin: portal, accountId: memberId(index) }, fromPortal);
    }
    expect(await press(true)).toMatchObject({ ok: false, problem: { code: 'all-members-connected' } });
    fakeBrowser.reset();
    expect(await press(true)).toMatchObject({ ok: false, problem: { code: 'no-member-accounts' } });
  });
});
