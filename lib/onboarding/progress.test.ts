import { describe, expect, it } from 'vitest';
import type { PlatformChoice } from '../platforms/platform-choice';
import {
  accountSummaries,
  currentAccount,
  exportProgress,
  initialProgressState,
  nextStep,
  planOf,
  plainValuesFor,
  progressOf,
  progressReducer,
  progressStateSchema,
  stepStatus,
  valuesFor,
  type AccountProgress,
  type ProgressAction,
  type ProgressState,
  type SetupChoice,
} from './index';

const accountId = '111122223333';
const otherAccountId = '444455556666';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const t = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute)).toISOString();

const finops: PlatformChoice = { id: 'finopsForCloud', policyVariant: 'published' };
const roleSetup: SetupChoice = { platform: finops, accountType: 'management', authMethod: 'assumedRole', exportState: 'toCreate' };

const run = (actions: ProgressAction[], state: ProgressState = initialProgressState()) => actions.reduce(progressReducer, state);
const withAccount = (setup: SetupChoice = roleSetup, id = accountId) => run([{ type: 'account-added', accountId: id, setup, at: t(0) }]);
const accountIn = (state: ProgressState, id = accountId) => state.accounts[id] as AccountProgress;

describe('accounts', () => {
  it('adds, selects, labels and removes accounts', () => {
    let state = run([
      { type: 'account-added', accountId, label: 'Payer', setup: roleSetup, from: 'page', at: t(0) },
      { type: 'account-added', accountId: otherAccountId, setup: { ...roleSetup, accountType: 'member' }, at: t(1) },
    ]);
    expect(Object.keys(state.accounts)).toEqual([accountId, otherAccountId]);
    expect(state.currentAccountId).toBe(otherAccountId);
    expect(accountIn(state).values.accountId).toMatchObject({ value: accountId, source: 'page' });

    state = run([{ type: 'account-selected', accountId }, { type: 'account-labelled', accountId, label: '  Billing payer ', at: t(2) }], state);
    expect(currentAccount(state)?.label).toBe('Billing payer');

    state = progressReducer(state, { type: 'account-removed', accountId });
    expect(state.accounts[accountId]).toBeUndefined();
    expect(state.currentAccountId).toBeUndefined();
    expect(progressStateSchema.safeParse(state).success).toBe(true);
  });

  it.each<[string, ProgressAction]>([
    ['an account ID that is not 12 digits', { type: 'account-added', accountId: '1111-2222-3333', setup: roleSetup, at: t(0) }],
    ['a time that is not ISO 8601', { type: 'account-added', accountId, setup: roleSetup, at: 'yesterday' }],
    ['an unusable self-hosted platform', { type: 'account-added', accountId, setup: { ...roleSetup, platform: { id: 'customOptScale', settings: { portalOrigin: '', trustedPrincipal: '*' } } }, at: t(0) }],
    ['selecting an unknown account', { type: 'account-selected', accountId }],
    ['a step of an unknown account', { type: 'step-done', accountId, stepId: 'connect', by: 'user', at: t(0) }],
  ])('ignores %s, returning the same state', (_name, action) => {
    const state = initialProgressState();
    expect(progressReducer(state, action)).toBe(state);
  });

  it('onboards a member without access to its management account as standalone, and says so', () => {
    const state = withAccount({ ...roleSetup, accountType: 'member', hasManagementAccess: false });
    expect(accountIn(state)).toMatchObject({ accountType: 'standalone', memberWithoutManagementAccess: true });
    expect(nextStep(accountIn(state))?.id).toBe('data-export');
    const chosenAgain = progressReducer(state, { type: 'choose-setup', accountId, setup: { ...roleSetup, accountType: 'member' }, at: t(1) });
    expect(accountIn(chosenAgain).accountType).toBe('member');
    expect(accountIn(chosenAgain).memberWithoutManagementAccess).toBeUndefined();
  });

  it('keeps ticks when the setup changes, counting those the new plan shares', () => {
    let state = run([{ type: 'step-done', accountId, stepId: 'discovery-policy', by: 'user', at: t(1) }, { type: 'step-done', accountId, stepId: 'data-export', by: 'user', at: t(1) }], withAccount());
    expect(progressOf(accountIn(state))).toEqual({ done: 2, skipped: 0, total: 6 });
    state = progressReducer(state, { type: 'choose-setup', accountId, setup: { ...roleSetup, accountType: 'member' }, at: t(2) });
    expect(progressOf(accountIn(state))).toEqual({ done: 1, skipped: 0, total: 4 });
    expect(accountIn(state).steps['data-export']?.status).toBe('done');
  });

  it('creates the account when a setup is chosen for one not yet tracked', () => {
    const state = progressReducer(initialProgressState(), { type: 'choose-setup', accountId, setup: roleSetup, at: t(0) });
    expect(state.currentAccountId).toBe(accountId);
    expect(nextStep(accountIn(state))?.id).toBe('data-export');
  });
});

describe('steps', () => {
  it('walks the plan: done, skipped with a reason, undone', () => {
    let state = withAccount();
    expect(nextStep(accountIn(state))?.id).toBe('data-export');
    state = run(
      [
        { type: 'step-done', accountId, stepId: 'data-export', by: 'user', at: t(1) },
        { type: 'step-skipped', accountId, stepId: 'billing-import-policy', reason: 'Created by our landing zone', at: t(2) },
      ],
      state,
    );
    expect(nextStep(accountIn(state))?.id).toBe('discovery-policy');
    expect(accountIn(state).steps['billing-import-policy']).toEqual({ status: 'skipped', at: t(2), by: 'user', skipReason: 'Created by our landing zone' });
    expect(progressOf(accountIn(state))).toEqual({ done: 1, skipped: 1, total: 6 });

    state = progressReducer(state, { type: 'step-undone', accountId, stepId: 'data-export', at: t(3) });
    expect(stepStatus(accountIn(state), 'data-export')).toBe('todo');
    expect(nextStep(accountIn(state))?.id).toBe('data-export');
  });

  it('marks steps done from console flashes, and learns the name a flash gives', () => {
    let state = withAccount();
    state = progressReducer(state, { type: 'console-flash', accountId, text: 'Policy FinOpsForCloudBillingImport created.', at: t(1) });
    expect(accountIn(state).steps['billing-import-policy']).toEqual({ status: 'done', at: t(1), by: 'page' });
    expect(stepStatus(accountIn(state), 'discovery-policy')).toBe('todo');

    state = progressReducer(state, { type: 'console-flash', accountId, text: 'Role FinanceReader created.', page: 'iam-create-role', at: t(2) });
    expect(stepStatus(accountIn(state), 'access-role')).toBe('done');
    expect(accountIn(state).values.roleName).toMatchObject({ value: 'FinanceReader', source: 'page', page: 'iam-create-role' });
    const onboarding = planOf(accountIn(state));
    const roleArnStep = onboarding.ok ? onboarding.value.steps.find((step) => step.id === 'role-arn') : undefined;
    expect(roleArnStep?.consoleLink(plainValuesFor(accountIn(state)))).toContain('#/roles/details/FinanceReader');

    const unchanged = progressReducer(state, { type: 'console-flash', accountId, text: 'Bucket versioning enabled.', at: t(3) });
    expect(unchanged).toBe(state);
  });

  it('does not let a flash about a different role complete the step once the role name is known', () => {
    const state = run(
      [
        { type: 'value-typed', accountId, kind: 'roleName', input: 'FinOpsForCloudAccessRole', at: t(1) },
        { type: 'console-flash', accountId, text: 'Role SomebodyElsesRole created.', at: t(2) },
      ],
      withAccount(),
    );
    expect(stepStatus(accountIn(state), 'access-role')).toBe('todo');
  });
});

describe('values', () => {
  it('keeps values read from the page, checked, and completes the step that reads them', () => {
    let state = withAccount();
    state = progressReducer(state, {
      type: 'value-read',
      accountId,
      kind: 'roleArn',
      value: ' arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole ',
      page: 'iam-role-details',
      at: t(1),
    });
    expect(accountIn(state).values.roleArn).toEqual({
      value: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole',
      source: 'page',
      page: 'iam-role-details',
      at: t(1),
    });
    expect(accountIn(state).steps['role-arn']).toEqual({ status: 'done', at: t(1), by: 'page' });
  });

  it("ignores a page reading that doesn't check out, keeping the good value", () => {
    const state = run([{ type: 'value-read', accountId, kind: 'bucketName', value: 'billing-export-111122223333', page: 'data-exports-create', at: t(1) }], withAccount());
    const after = progressReducer(state, { type: 'value-read', accountId, kind: 'bucketName', value: 'Not A Bucket', page: 'data-exports-create', at: t(2) });
    expect(after).toBe(state);
  });

  it('keeps a rejected typed value with its problem, and treats it as missing', () => {
    const state = run([{ type: 'value-typed', accountId, kind: 'bucketName', input: 'Billing_Export', at: t(1) }], withAccount());
    const bucket = accountIn(state).values.bucketName;
    expect(bucket?.value).toBe('Billing_Export');
    expect(bucket?.problem).toMatch(/billing-export/);
    // Missing, not replaced by the suggestion: a link or policy must not silently use another bucket.
    expect(plainValuesFor(accountIn(state)).bucketName).toBeUndefined();
    expect(plainValuesFor(accountIn(state)).exportName).toBe('billing-111122223333');

    const corrected = progressReducer(state, { type: 'value-typed', accountId, kind: 'bucketName', input: 'billing-export-acme', at: t(2) });
    expect(accountIn(corrected).values.bucketName).toEqual({ value: 'billing-export-acme', source: 'typed', at: t(2) });
    const cleared = progressReducer(corrected, { type: 'value-typed', accountId, kind: 'bucketName', input: '  ', at: t(3) });
    expect(accountIn(cleared).values.bucketName).toBeUndefined();
  });

  it('completes a step whose value is typed, such as the External ID from Cloudyn', () => {
    const state = run(
      [{ type: 'value-typed', accountId, kind: 'externalId', input: 'Contoso1234', at: t(1) }],
      withAccount({ ...roleSetup, platform: { id: 'cloudyn' } }),
    );
    expect(accountIn(state).steps['external-id']).toEqual({ status: 'done', at: t(1), by: 'user' });
    expect(nextStep(accountIn(state))?.id).toBe('access-role');
  });

  it('suggests the recommended names, marked as defaults, until real values arrive', () => {
    const state = run([{ type: 'value-typed', accountId, kind: 'exportPathPrefix', input: 's3://billing-export-111122223333/finops/reports/', at: t(1) }], withAccount());
    const values = valuesFor(accountIn(state));
    expect(values.exportName).toMatchObject({ value: 'billing-111122223333', source: 'default' });
    expect(values.bucketName).toMatchObject({ value: 'billing-export-111122223333', source: 'default' });
    expect(values.roleName).toMatchObject({ value: 'FinOpsForCloudAccessRole', source: 'default' });
    expect(values.userName).toMatchObject({ value: 'FinOpsForCloudUser', source: 'default' });
    expect(values.trustedPrincipal).toMatchObject({ value: 'arn:aws:iam::654035049067:user/ffc-service-user', source: 'default' });
    expect(values.dataSourceName).toMatchObject({ value: 'AWS 111122223333', source: 'default' });
    expect(values.exportPathPrefix).toMatchObject({ value: 'finops/reports', source: 'typed' });
    expect(values.externalId).toBeUndefined();
  });

  it("uses a self-hosted platform's names and External ID as defaults", () => {
    const platform: PlatformChoice = {
      id: 'customOptScale',
      settings: { portalOrigin: 'optscale.example.com', trustedPrincipal: '444455556666', externalId: 'tenant-42', roleName: 'OptScaleReader' },
    };
    const values = valuesFor(accountIn(withAccount({ ...roleSetup, platform })));
    expect(values.roleName?.value).toBe('OptScaleReader');
    expect(values.trustedPrincipal?.value).toBe('arn:aws:iam::444455556666:root');
    expect(values.externalId).toMatchObject({ value: 'tenant-42', source: 'default' });
  });

  it('derives the principal ARN for the Cloudyn bucket policy from the identity in use', () => {
    const cloudynKeys: SetupChoice = { platform: { id: 'cloudyn' }, accountType: 'standalone', authMethod: 'accessKey', exportState: 'toCreate' };
    const state = run(
      [
        { type: 'value-read', accountId, kind: 'roleArn', value: 'arn:aws:iam::111122223333:role/Old', page: 'iam-role-details', at: t(1) },
        { type: 'value-read', accountId, kind: 'userArn', value: 'arn:aws:iam::111122223333:user/Azure-Cost-Mgt-ReadOnly', page: 'iam-user-details', at: t(2) },
      ],
      withAccount(cloudynKeys),
    );
    expect(valuesFor(accountIn(state)).principalArn?.value).toBe('arn:aws:iam::111122223333:user/Azure-Cost-Mgt-ReadOnly');
    expect(stepStatus(accountIn(state), 'user-arn')).toBe('done');
  });
});

describe('secrets are never stored', () => {
  const keySetup: SetupChoice = { ...roleSetup, authMethod: 'accessKey' };

  it.each<[string, ProgressAction]>([
    ['read from a page', { type: 'value-read', accountId, kind: 'secretAccessKey', value: secret, page: 'iam-create-access-key', at: t(1) }],
    ['typed', { type: 'value-typed', accountId, kind: 'secretAccessKey', input: secret, at: t(1) }],
    ['read into the access key ID', { type: 'value-read', accountId, kind: 'accessKeyId', value: secret, page: 'iam-create-access-key', at: t(1) }],
  ])('rejects a secret access key %s', (_name, action) => {
    const state = withAccount(keySetup);
    expect(progressReducer(state, action)).toBe(state);
  });

  it('keeps only the problem when the secret is typed into another field', () => {
    const state = progressReducer(withAccount(keySetup), { type: 'value-typed', accountId, kind: 'accessKeyId', input: secret, at: t(1) });
    expect(accountIn(state).values.accessKeyId).toMatchObject({ value: '', source: 'typed' });
    expect(accountIn(state).values.accessKeyId?.problem).toMatch(/secret access key/);
    expect(JSON.stringify(state)).not.toContain(secret);
    expect(exportProgress(state)).not.toContain(secret);
  });

  it('drops a secret from imported accounts', () => {
    const smuggled = {
      ...accountIn(withAccount(keySetup)),
      values: { secretAccessKey: { value: secret, source: 'typed', at: t(1) } },
    } as unknown as AccountProgress;
    const state = progressReducer(initialProgressState(), { type: 'import', accounts: { [accountId]: smuggled }, at: t(2) });
    expect(JSON.stringify(state)).not.toContain(secret);
    expect(accountIn(state).values.accountId?.value).toBe(accountId);
  });
});

describe('import', () => {
  it('merges imported accounts without losing local progress', () => {
    const local = run(
      [
        { type: 'step-done', accountId, stepId: 'data-export', by: 'user', at: t(10) },
        { type: 'value-typed', accountId, kind: 'bucketName', input: 'local-bucket', at: t(10) },
        { type: 'value-typed', accountId, kind: 'region', input: 'eu-west-1', at: t(10) },
      ],
      withAccount(),
    );
    const remote = run(
      [
        { type: 'step-skipped', accountId, stepId: 'data-export', reason: 'older', at: t(5) },
        { type: 'step-done', accountId, stepId: 'discovery-policy', by: 'page', at: t(6) },
        { type: 'value-typed', accountId, kind: 'bucketName', input: 'newer-bucket', at: t(20) },
        { type: 'account-labelled', accountId, label: 'From a colleague', at: t(20) },
        { type: 'account-added', accountId: otherAccountId, setup: { ...roleSetup, accountType: 'member' }, at: t(7) },
      ],
      withAccount({ ...roleSetup, authMethod: 'accessKey' }),
    );
    const merged = progressReducer(local, { type: 'import', accounts: remote.accounts, at: t(30) });
    const account = accountIn(merged);
    expect(account.authMethod).toBe('assumedRole'); // the local setup stays
    expect(account.steps['data-export']).toMatchObject({ status: 'done', at: t(10) }); // local is newer
    expect(account.steps['discovery-policy']).toMatchObject({ status: 'done', by: 'page' }); // only remote had it
    expect(account.values.bucketName?.value).toBe('newer-bucket'); // remote is newer
    expect(account.values.region?.value).toBe('eu-west-1'); // only local had it
    expect(account.label).toBe('From a colleague');
    expect(merged.accounts[otherAccountId]?.accountType).toBe('member');
    expect(merged.currentAccountId).toBe(accountId);
  });

  it('resets one account to the start, keeping its setup and ID', () => {
    const state = run(
      [
        { type: 'step-done', accountId, stepId: 'data-export', by: 'user', at: t(1) },
        { type: 'value-typed', accountId, kind: 'region', input: 'eu-west-1', at: t(1) },
        { type: 'reset-account', accountId, at: t(2) },
      ],
      withAccount(),
    );
    expect(accountIn(state).steps).toEqual({});
    expect(Object.keys(accountIn(state).values)).toEqual(['accountId']);
    expect(nextStep(accountIn(state))?.id).toBe('data-export');
  });
});

describe('many accounts', () => {
  const ids = Array.from({ length: 500 }, (_, index) => String(100000000000 + index * 7919));
  const setups: SetupChoice[] = [
    roleSetup,
    { ...roleSetup, accountType: 'member' },
    { ...roleSetup, authMethod: 'accessKey', exportState: 'exists' },
    { platform: { id: 'cloudyn' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' },
  ];
  const state = ids.reduce<ProgressState>((current, id, index) => {
    const added = progressReducer(current, { type: 'account-added', accountId: id, setup: setups[index % setups.length] as SetupChoice, at: t(0) });
    return index % 3 === 0 ? progressReducer(added, { type: 'step-done', accountId: id, stepId: 'discovery-policy', by: 'user', at: t(1) }) : added;
  }, initialProgressState());

  // Speed is measured in `npm run bench`, not asserted here.
  it('summarises 500 accounts, one line each, in account order', () => {
    const summaries = accountSummaries(state);
    expect(summaries).toHaveLength(500);
    expect(summaries.map((summary) => summary.accountId)).toEqual([...ids].sort());
    expect(summaries.filter((summary) => summary.current)).toHaveLength(1);
    const member = summaries.find((summary) => summary.accountId === ids[1]);
    expect(member).toMatchObject({ accountType: 'member', platformName: 'FinOps for Cloud', progress: { done: 0, skipped: 0, total: 4 }, nextStep: { id: 'discovery-policy' } });
    const ticked = summaries.find((summary) => summary.accountId === ids[3]);
    expect(ticked).toMatchObject({ platformName: 'Cloudyn', progress: { done: 0, total: 7 } }); // Cloudyn has no discovery policy
    expect(summaries.find((summary) => summary.accountId === ids[0])?.progress.done).toBe(1);
  });

  it('builds one plan per distinct setup, shared by every account with that setup', () => {
    const first = planOf(accountIn(state, ids[0]));
    const fifth = planOf(accountIn(state, ids[4]));
    expect(first.ok && fifth.ok && first.value === fifth.value).toBe(true);
    const member = planOf(accountIn(state, ids[1]));
    expect(member.ok && first.ok && member.value !== first.value).toBe(true);
  });

  it('reports a finished account', () => {
    const account = accountIn(state, ids[1]);
    const steps = planOf(account);
    if (!steps.ok) throw new Error(steps.problem.message);
    const finished = steps.value.steps.reduce(
      (current, step) => progressReducer(current, { type: 'step-done', accountId: ids[1] as string, stepId: step.id, by: 'user', at: t(2) }),
      state,
    );
    const summary = accountSummaries(finished).find((candidate) => candidate.accountId === ids[1]);
    expect(summary).toMatchObject({ finished: true, progress: { done: 4, total: 4 } });
    expect(summary?.nextStep).toBeUndefined();
  });
});

describe('bucket policy copies', () => {
  const bucket = 'billing-export-111122223333';
  const statement = (sid: string) => ({ Sid: sid, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::111122223333:role/${sid}` }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` });
  const policy = (...sids: string[]) => JSON.stringify({ Version: '2012-10-17', Statement: sids.map(statement) });
  const seen = (text: string, minute: number, bucketName = bucket): ProgressAction => ({ type: 'bucket-policy-seen', accountId, bucketName, text, at: t(minute) });

  it('keeps the policy seen, per bucket, with its statement count and time', () => {
    const state = run([seen(policy('Tools', 'Audit'), 1)], withAccount());
    expect(accountIn(state).bucketPolicies?.[bucket]).toEqual({ text: policy('Tools', 'Audit'), statementCount: 2, seenAt: t(1) });
  });

  it('never lets the Data Exports replacement, an empty editor or a bad bucket name overwrite the copy', () => {
    const kept = run([seen(policy('Tools', 'Audit'), 1)], withAccount());
    const replaced = policy('EnableAWSDataExportsToWriteToS3AndCheckPolicy');
    const after = run([seen(replaced, 2), seen('', 3), seen('{"Statement": [', 4), seen(policy('X'), 5, 'bad/name')], kept);
    expect(after).toBe(kept);
  });

  it('a newer policy of the owner replaces the copy', () => {
    const state = run([seen(policy('Tools'), 1), seen(policy('Tools', 'Audit', 'Deny'), 2)], withAccount());
    expect(accountIn(state).bucketPolicies?.[bucket]?.statementCount).toBe(3);
  });
});
