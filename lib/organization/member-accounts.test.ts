import { describe, expect, it } from 'vitest';
import { plan } from '../onboarding/plan';
import { accountSummaries, progressOf, progressReducer, type ProgressAction, type SetupChoice } from '../onboarding/progress';
import { emptyProgressState, progressStateSchema, type ProgressState } from '../onboarding/state-schema';
import { finopsForCloud } from '../platforms';
import { accountsReadActions, memberAccountRows, memberAccountsCsv, nextMemberToConnect, type AccountsRead, type ListedAccount, type MemberAccountRow } from './member-accounts';

const at = '2026-05-04T09:00:00.000Z';
const later = '2026-05-04T10:00:00.000Z';
const management = '111122223333';
const setup = (accountType: SetupChoice['accountType'], platform: SetupChoice['platform'] = { id: 'finopsForCloud' }): SetupChoice => ({ platform, accountType, authMethod: 'assumedRole', exportState: 'toCreate' });

const stateWith = (...actions: ProgressAction[]): ProgressState =>
  [{ type: 'account-added', accountId: management, setup: setup('management'), from: 'page', at } satisfies ProgressAction, ...actions].reduce(progressReducer, emptyProgressState());

const memberId = (index: number) => String(210000000000 + index);
const listed = (count: number, extra: Partial<ListedAccount> = {}): ListedAccount[] => Array.from({ length: count }, (_unused, index) => ({ accountId: memberId(index + 1), name: `workload-${index + 1}`, ...extra }));

const organizationsRead = (accounts: ListedAccount[]): AccountsRead => ({ source: 'organizations', page: 'organizations-accounts', sessionAccountId: management, accounts });
const instancesRead = (accounts: ListedAccount[]): AccountsRead => ({ source: 'stack-set-instances', page: 'cloudformation-stack-set-instances', sessionAccountId: management, accounts });

const apply = (state: ProgressState, read: AccountsRead, when = at) => {
  const outcome = accountsReadActions(state, read, when);
  return { ...outcome, state: outcome.actions.reduce(progressReducer, state) };
};

describe('accountsReadActions: the Organizations list', () => {
  it("adds each member as a member account with the management account's platform and an assumed role, named as listed", () => {
    const { state, added, actions } = apply(stateWith(), organizationsRead([{ accountId: management, name: 'Management', management: true }, ...listed(3)]));
    expect(added).toBe(3);
    expect(actions).toHaveLength(1);
    expect(Object.keys(state.accounts).sort()).toEqual([management, memberId(1), memberId(2), memberId(3)]);
    expect(state.accounts[memberId(2)]).toMatchObject({
      label: 'workload-2',
      platform: { id: 'finopsForCloud' },
      accountType: 'member',
      authMethod: 'assumedRole',
      steps: {},
      values: { accountId: { value: memberId(2), source: 'page', page: 'organizations-accounts' } },
    });
    // The management account stays what it was, and stays the one being worked on.
    expect(state.accounts[management]?.accountType).toBe('management');
    expect(state.currentAccountId).toBe(management);
    expect(progressStateSchema.safeParse(state).success).toBe(true);
  });

  it('follows a self-hosted OptScale chosen for the management account', () => {
    const selfHosted: SetupChoice['platform'] = { id: 'customOptScale', settings: { portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666' } };
    const start = progressReducer(stateWith(), { type: 'choose-setup', accountId: management, setup: setup('management', selfHosted), at });
    const { state } = apply(start, organizationsRead(listed(1)));
    expect(state.accounts[memberId(1)]?.platform).toEqual(start.accounts[management]?.platform);
  });

  it('never changes an account already tracked, except to name one that has no name', () => {
    const start = stateWith(
      { type: 'account-added', accountId: memberId(1), label: 'Prod (ours)', setup: { ...setup('standalone'), authMethod: 'accessKey' }, at },
      { type: 'account-added', accountId: memberId(2), setup: setup('member'), at },
      { type: 'step-done', accountId: memberId(2), stepId: 'discovery-policy', by: 'user', at },
      { type: 'account-selected', accountId: management },
    );
    const { state, added } = apply(start, organizationsRead(listed(2)), later);
    expect(added).toBe(0);
    expect(state.accounts[memberId(1)]).toEqual(start.accounts[memberId(1)]);
    expect(state.accounts[memberId(2)]).toMatchObject({ label: 'workload-2', accountType: 'member', steps: { 'discovery-policy': { by: 'user' } } });
  });

  it('does nothing when the list holds nothing new, and says why when the session account is unknown', () => {
    const start = apply(stateWith(), organizationsRead(listed(2))).state;
    expect(accountsReadActions(start, organizationsRead(listed(2)), later).actions).toEqual([]);
    const unknown = accountsReadActions(emptyProgressState(), { ...organizationsRead(listed(2)), sessionAccountId: '999988887777' }, at);
    expect(unknown).toMatchObject({ actions: [], added: 0, problem: expect.stringMatching(/isn't tracked yet/) });
  });

  it('skips what is not a member: malformed IDs, the session account, the listed management account', () => {
    const { added } = apply(stateWith(), organizationsRead([{ accountId: '12345' }, { accountId: management }, { accountId: memberId(9), management: true }, { accountId: memberId(1) }]));
    expect(added).toBe(1);
  });
});

describe('accountsReadActions: the StackSet instances', () => {
  const instances: ListedAccount[] = [
    { accountId: memberId(1), stackStatus: 'CURRENT' },
    { accountId: memberId(2), stackStatus: 'OUTDATED' },
    { accountId: memberId(3), stackStatus: 'INOPERABLE' },
  ];

  it('marks the steps a CURRENT stack did, by the page, and records the role and its ARN; other statuses change nothing', () => {
    const start = apply(stateWith(), organizationsRead(listed(3))).state;
    const { state, deployed, added } = apply(start, instancesRead(instances), later);
    expect({ deployed, added }).toEqual({ deployed: 1, added: 0 });
    const current = state.accounts[memberId(1)]!;
    expect(current.steps).toEqual({
      'discovery-policy': { status: 'done', at: later, by: 'page' },
      'access-role': { status: 'done', at: later, by: 'page' },
      'role-arn': { status: 'done', at: later, by: 'page' },
    });
    expect(current.values.roleName).toMatchObject({ value: 'FinOpsForCloudAccessRole', source: 'page', page: 'cloudformation-stack-set-instances' });
    expect(current.values.roleArn?.value).toBe(`arn:aws:iam::${memberId(1)}:role/FinOpsForCloudAccessRole`);
    // Only connecting to FinOps is left for it.
    expect(progressOf(current)).toEqual({ done: 3, skipped: 0, total: plan(finopsForCloud, 'member', 'assumedRole', 'toCreate').steps.length });
    expect(state.accounts[memberId(2)]).toEqual(start.accounts[memberId(2)]);
    expect(state.accounts[memberId(3)]).toEqual(start.accounts[memberId(3)]);
  });

  it("uses the management account's role name, and reading the same page again changes nothing", () => {
    const start = stateWith({ type: 'value-typed', accountId: management, kind: 'roleName', input: 'FinOpsReader', at });
    const first = apply(start, instancesRead(instances));
    expect(first.added).toBe(3);
    expect(first.state.accounts[memberId(1)]?.values.roleName?.value).toBe('FinOpsReader');
    expect(accountsReadActions(first.state, instancesRead(instances), later).actions).toEqual([]);
  });

  it('leaves a step the person ticked later as they ticked it', () => {
    const start = apply(stateWith(), organizationsRead(listed(1))).state;
    const ticked = progressReducer(start, { type: 'step-done', accountId: memberId(1), stepId: 'access-role', by: 'user', at: later });
    const { state } = apply(ticked, instancesRead([{ accountId: memberId(1), stackStatus: 'CURRENT' }]), at);
    expect(state.accounts[memberId(1)]?.steps['access-role']).toEqual({ status: 'done', at: later, by: 'user' });
    expect(state.accounts[memberId(1)]?.steps['discovery-policy']?.by).toBe('page');
  });
});

describe('500 accounts', () => {
  const time = (count: number): number => {
    const start = stateWith();
    const read = organizationsRead(listed(count, { stackStatus: 'CURRENT' }));
    const runs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const { state } = apply(start, read);
      accountSummaries(state);
      runs.push(performance.now() - started);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };

  it('adds them in one action that is linear in their number', () => {
    const { actions, state, added, deployed } = apply(stateWith(), organizationsRead(listed(500, { stackStatus: 'CURRENT' })));
    expect(actions).toHaveLength(1);
    expect({ added, deployed }).toEqual({ added: 500, deployed: 500 });
    expect(Object.keys(state.accounts)).toHaveLength(501);
    time(500); // warm up
    const small = time(500);
    const large = time(4000);
    // 8× the accounts: about 8× the time when linear, 64× when each account copies the whole list.
    expect(large / Math.max(small, 0.5)).toBeLessThan(24);
    expect(small).toBeLessThan(500);
  });
});

describe('memberAccountRows and CSV', () => {
  const withMembers = () => {
    const start = apply(stateWith(), instancesRead([{ accountId: memberId(2), stackStatus: 'CURRENT' }, { accountId: memberId(1) }, { accountId: memberId(3) }])).state;
    return [
      { type: 'value-typed', accountId: memberId(3), kind: 'roleName', input: 'Reader,FinOps', at: later },
      { type: 'step-done', accountId: memberId(3), stepId: 'connect', by: 'user', at: later },
      // Cloudyn members connect elsewhere: not in the FinOps batch.
      { type: 'account-added', accountId: memberId(4), setup: setup('member', { id: 'cloudyn' }), at },
      { type: 'account-added', accountId: memberId(5), setup: { ...setup('member'), authMethod: 'accessKey' }, at },
    ].reduce((state, action) => progressReducer(state, action as ProgressAction), start);
  };

  it('lists the member accounts that connect to FinOps with a role, by account ID, with their state', () => {
    expect(memberAccountRows(withMembers())).toEqual([
      { accountId: memberId(1), roleName: 'FinOpsForCloudAccessRole', roleDeployed: false, connected: false },
      { accountId: memberId(2), roleName: 'FinOpsForCloudAccessRole', roleDeployed: true, connected: false },
      { accountId: memberId(3), roleName: 'Reader,FinOps', roleDeployed: false, connected: true },
    ]);
  });

  it('writes CSV with the portal’s column names, quoting a role name with a comma', () => {
    expect(memberAccountsCsv(memberAccountRows(withMembers()))).toBe(
      `AWS Account ID,Assumed Role Name\r\n${memberId(1)},FinOpsForCloudAccessRole\r\n${memberId(2)},FinOpsForCloudAccessRole\r\n${memberId(3)},"Reader,FinOps"\r\n`,
    );
    expect(memberAccountsCsv([{ accountId: memberId(1), roleName: 'a"b' }])).toContain(`${memberId(1)},"a""b"`);
    expect(memberAccountsCsv([])).toBe('AWS Account ID,Assumed Role Name\r\n');
  });
});

describe('nextMemberToConnect', () => {
  const row = (index: number, connected = false): MemberAccountRow => ({ accountId: memberId(index), roleName: 'R', roleDeployed: true, connected });
  const rows = [row(1), row(2, true), row(3), row(4)];

  it.each<[string, MemberAccountRow[], string | undefined, string | undefined]>([
    ['the first open one to begin with', rows, undefined, memberId(1)],
    ['the next open one after the one filled last, skipping connected ones', rows, memberId(1), memberId(3)],
    ['moving on even when the last one was not confirmed', rows, memberId(3), memberId(4)],
    ['round to the top after the last', rows, memberId(4), memberId(1)],
    ['the same one when it is the only one left', [row(1, true), row(2)], memberId(2), memberId(2)],
    ['none when all are connected', [row(1, true)], memberId(1), undefined],
    ['none in an empty list', [], undefined, undefined],
  ])('%s', (_name, list, after, expected) => {
    expect(nextMemberToConnect(list, after)?.accountId).toBe(expected);
  });
});
