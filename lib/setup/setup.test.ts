import { describe, expect, it } from 'vitest';
import { progressReducer, type ProgressAction } from '../onboarding/progress';
import { emptyProgressState, type AccountProgress } from '../onboarding/state-schema';
import { cloudyn } from '../platforms/cloudyn';
import { finopsForCloud, finopsForCloudSeedPolicies } from '../platforms/finops-for-cloud';
import { consoleViewOf, defaultSetupChoice, resolveAccountSetup, resolveSetup, setupChoiceOf, storedSetupOf, type SetupChoice, type SetupToResolve } from '.';

const accountId = '111122223333';
const at = '2026-01-01T00:00:00.000Z';

const stored = (overrides: Partial<SetupToResolve> = {}): SetupToResolve => ({
  platform: { id: 'finopsForCloud', policyVariant: 'published' },
  accountType: 'management',
  authMethod: 'accessKey',
  ...overrides,
});

const selfHosted = { portalOrigin: 'optscale.example.com/cloud-account', trustedPrincipal: '444455556666' };

const trackedAccount = (setup: SetupChoice, ...more: ProgressAction[]): AccountProgress =>
  [{ type: 'account-added', accountId, setup, at } as ProgressAction, ...more].reduce(progressReducer, emptyProgressState()).accounts[accountId]!;

describe('the setup choice and its stored form', () => {
  it('defaults to FinOps for Cloud, an assumed role, a standalone account and a new export', () => {
    expect(defaultSetupChoice).toEqual({ platform: { id: 'finopsForCloud', policyVariant: 'published' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' });
  });

  it.each<[string, SetupChoice]>([
    ['the default', defaultSetupChoice],
    ['a management account signing in with a key', { ...defaultSetupChoice, accountType: 'management', authMethod: 'accessKey', exportState: 'exists' }],
    ['a member account without management access', { ...defaultSetupChoice, accountType: 'member', hasManagementAccess: false }],
    ['a self-hosted OptScale', { ...defaultSetupChoice, platform: { id: 'customOptScale', settings: selfHosted } }],
  ])('comes back as it was chosen after being stored, and stores the same again: %s', (_name, choice) => {
    const storedForm = storedSetupOf(choice);
    expect(storedForm).toBeDefined();
    const { platform, ...rest } = setupChoiceOf(storedForm!);
    expect(rest).toEqual((({ platform: _platform, ...others }) => others)(choice));
    expect(platform.id).toBe(choice.platform.id);
    expect(storedSetupOf(setupChoiceOf(storedForm!))).toEqual(storedForm);
  });

  it('stores a member without management access as standalone, and remembers why', () => {
    expect(storedSetupOf({ ...defaultSetupChoice, accountType: 'member', hasManagementAccess: false })).toMatchObject({ accountType: 'standalone', memberWithoutManagementAccess: true });
  });

  it('stores nothing for a platform that cannot be built', () => {
    expect(storedSetupOf({ ...defaultSetupChoice, platform: { id: 'customOptScale', settings: { ...selfHosted, trustedPrincipal: '*' } } })).toBeUndefined();
  });
});

describe('resolveAccountSetup: one account, for the console buttons and the side panel', () => {
  it('uses FinOps for Cloud, an assumed role and a standalone account for an account not tracked yet', () => {
    const setup = resolveAccountSetup(undefined, undefined);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountType).toBe('standalone');
    expect(setup.authMethod).toBe('assumedRole');
    expect(setup.accountId).toBeUndefined();
    expect(setup.values).toEqual({});
    expect(setup.problem).toBeUndefined();
  });

  it('puts the account ID from the page into the defaults', () => {
    const setup = resolveAccountSetup(undefined, accountId);
    expect(setup.accountId).toBe(accountId);
    expect(setup.values).toEqual({ accountId });
  });

  it('keeps the choices and the values read or typed; of the suggestions, names only, never a bucket', () => {
    const account = trackedAccount(
      { ...defaultSetupChoice, accountType: 'management', authMethod: 'accessKey' },
      { type: 'value-typed', accountId, kind: 'roleName', input: 'FinOpsRole', at },
    );
    const setup = resolveAccountSetup(account, accountId);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountType).toBe('management');
    expect(setup.authMethod).toBe('accessKey');
    expect(setup.values).toMatchObject({ accountId, roleName: 'FinOpsRole', exportName: 'billing-111122223333', exportPathPrefix: 'reports' });
    expect(setup.values.bucketName).toBeUndefined();
    const typedBucket = resolveAccountSetup(trackedAccount(defaultSetupChoice, { type: 'value-typed', accountId, kind: 'bucketName', input: 'my-billing-bucket', at }), accountId);
    expect(typedBucket.values.bucketName).toBe('my-billing-bucket');
  });

  it('never passes a secret access key on', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const setup = resolveSetup(stored(), { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret });
    expect(setup.values).toEqual({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    expect(JSON.stringify(setup)).not.toContain(secret);
  });

  it.each([
    ['Cloudyn', { id: 'cloudyn' } as const, cloudyn],
    ['FinOps for Cloud with the seed policies', { id: 'finopsForCloud', policyVariant: 'seed' } as const, finopsForCloudSeedPolicies],
    ['FinOps for Cloud without a policy variant', { id: 'finopsForCloud' } as const, finopsForCloud],
  ])('rebuilds %s from the stored choice', (_name, platform, expected) => {
    expect(resolveSetup(stored({ platform }), {}).platform).toBe(expected);
  });

  it('rebuilds a self-hosted OptScale from its settings', () => {
    const setup = resolveSetup(stored({ platform: { id: 'customOptScale', settings: selfHosted } }), {});
    expect(setup.problem).toBeUndefined();
    expect(setup.platform.id).toBe('customOptScale');
    expect(setup.platform.portal.origin).toBe('https://optscale.example.com');
    expect(setup.platform.trust.trustedPrincipal).toBe('arn:aws:iam::444455556666:root');
  });

  it('says which self-hosted OptScale setting is wrong, and falls back to FinOps for Cloud meanwhile', () => {
    const setup = resolveSetup(stored({ platform: { id: 'customOptScale', settings: { ...selfHosted, trustedPrincipal: '*' } } }), {});
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.problem).toContain('self-hosted OptScale settings');
    expect(setup.problem).toContain('A trusted principal of "*" would let any AWS account assume the role.');
    expect(setup.problem).toContain('side panel');
  });

  it('says so when the stored platform is unknown to this version', () => {
    const setup = resolveSetup(stored({ platform: { id: 'vantage' } as unknown as SetupToResolve['platform'] }), {}, accountId);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountId).toBe(accountId);
    expect(setup.problem).toMatch(/couldn't be used.*FinOps for Cloud defaults.*side panel/);
  });
});

describe('consoleViewOf', () => {
  const viewOf = (overrides: Partial<SetupToResolve> = {}, values = {}) => consoleViewOf(resolveSetup(stored(overrides), values, accountId));

  it('gives the console buttons FinOps for Cloud names, both policies and a custom trust policy for a management account', () => {
    const view = viewOf({ authMethod: 'assumedRole' });
    expect(view.managedPolicies.map((policy) => policy.name)).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect(view.needsCustomTrustPolicy).toBe(true);
    expect(view.externalIdSupported).toBe(false);
    expect(view.policiesToAttach).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect(view.bucketPolicy?.templateId).toBe('dataExportsBucketPolicy');
    expect(view.recommendedExport).toEqual({ exportName: 'billing-111122223333', bucketName: 'billing-export-111122223333', exportPathPrefix: 'reports' });
  });

  it('offers a member account only the discovery policy', () => {
    expect(viewOf({ accountType: 'member', authMethod: 'assumedRole' }).managedPolicies.map((policy) => policy.templateId)).toEqual(['resourceDiscoveryPolicy']);
  });

  it('for Cloudyn: no managed policies of ours, ReadOnlyAccess to attach, its account to trust and its bucket statements', () => {
    const view = viewOf({ platform: { id: 'cloudyn' }, authMethod: 'assumedRole' });
    expect(view.managedPolicies).toEqual([]);
    expect(view.policiesToAttach).toEqual(['ReadOnlyAccess']);
    expect(view.needsCustomTrustPolicy).toBe(false);
    expect(view.trustedAccountId).toBe('432263259397');
    expect(view.externalIdSupported).toBe(true);
    expect(view.bucketPolicy).toEqual({ templateId: 'cloudynBucketPolicy', label: 'Add Cloudyn billing statements to this bucket policy' });
  });

  it('uses a typed role name over the platform default', () => {
    const view = consoleViewOf(resolveSetup(stored(), { roleName: 'FinOpsReader' }));
    expect(view.roleName).toBe('FinOpsReader');
    expect(view.recommendedExport).toBeUndefined();
  });

  it.each([
    ['management', true],
    ['standalone', true],
    ['member', false],
  ] as const)('a %s account needs its own export: %s', (accountType, needed) => {
    expect(viewOf({ accountType }).needsDataExport).toBe(needed);
  });
});
