import { describe, expect, it } from 'vitest';
import { cloudyn } from './platforms/cloudyn';
import { finopsForCloud, finopsForCloudSeedPolicies } from './platforms/finops-for-cloud';
import { consoleViewOf, resolveConsoleSetup, type ConsoleSetup } from './setup';

const stored = (overrides: Partial<ConsoleSetup> = {}): ConsoleSetup => ({
  platform: { id: 'finopsForCloud', policyVariant: 'published' },
  accountType: 'management',
  authMethod: 'accessKey',
  values: {},
  ...overrides,
});

const selfHosted = { portalOrigin: 'optscale.example.com/cloud-account', trustedPrincipal: '444455556666' };

describe('resolveConsoleSetup', () => {
  it.each([undefined, null])('without a reply (%s) uses FinOps for Cloud, an assumed role and a standalone account', (reply) => {
    const setup = resolveConsoleSetup(reply, undefined);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountType).toBe('standalone');
    expect(setup.authMethod).toBe('assumedRole');
    expect(setup.accountId).toBeUndefined();
    expect(setup.values).toEqual({});
    expect(setup.problem).toBeUndefined();
  });

  it('keeps the stored choices and values', () => {
    const setup = resolveConsoleSetup(stored({ values: { bucketName: 'billing-export-111122223333', roleName: 'FinOpsRole' } }), undefined);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountType).toBe('management');
    expect(setup.authMethod).toBe('accessKey');
    expect(setup.values).toEqual({ bucketName: 'billing-export-111122223333', roleName: 'FinOpsRole' });
    expect(setup.problem).toBeUndefined();
  });

  it.each([
    ['the page', '333344445555', '111122223333', '222233334444', '333344445555'],
    ['the stored setup', undefined, '111122223333', '222233334444', '111122223333'],
    ['the stored values', undefined, undefined, '222233334444', '222233334444'],
    ['nobody', undefined, undefined, undefined, undefined],
  ])('takes the account ID from %s', (_source, fromPage, storedAccountId, storedValue, expected) => {
    const setup = resolveConsoleSetup(stored({ accountId: storedAccountId, values: storedValue ? { accountId: storedValue } : {} }), fromPage);
    expect(setup.accountId).toBe(expected);
    expect(setup.values.accountId).toBe(expected);
  });

  it('puts the account ID from the page into the defaults when the background does not answer', () => {
    const setup = resolveConsoleSetup(undefined, '111122223333');
    expect(setup.accountId).toBe('111122223333');
    expect(setup.values).toEqual({ accountId: '111122223333' });
  });

  it('never passes a secret access key on', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const setup = resolveConsoleSetup(stored({ values: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret } }), undefined);
    expect(setup.values).toEqual({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    expect(JSON.stringify(setup)).not.toContain(secret);
  });

  it.each([
    ['Cloudyn', { id: 'cloudyn' } as const, cloudyn],
    ['FinOps for Cloud with the seed policies', { id: 'finopsForCloud', policyVariant: 'seed' } as const, finopsForCloudSeedPolicies],
    ['FinOps for Cloud without a policy variant', { id: 'finopsForCloud' } as const, finopsForCloud],
  ])('rebuilds %s from the stored choice', (_name, platform, expected) => {
    expect(resolveConsoleSetup(stored({ platform }), undefined).platform).toBe(expected);
  });

  it('rebuilds a self-hosted OptScale from its settings', () => {
    const setup = resolveConsoleSetup(stored({ platform: { id: 'customOptScale', settings: selfHosted } }), undefined);
    expect(setup.problem).toBeUndefined();
    expect(setup.platform.id).toBe('customOptScale');
    expect(setup.platform.portal.origin).toBe('https://optscale.example.com');
    expect(setup.platform.trust.trustedPrincipal).toBe('arn:aws:iam::444455556666:root');
  });

  it.each<[string, unknown]>([
    ['an unknown account type', { ...stored(), accountType: 'payer' }],
    ['an unknown platform', { ...stored(), platform: { id: 'vantage' } }],
    ['a value that is not text', { ...stored(), values: { bucketName: 7 } }],
    ['not an object', 'finopsForCloud'],
  ])('falls back to the defaults and says so when the setup has %s', (_case, reply) => {
    const setup = resolveConsoleSetup(reply, '111122223333');
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.accountType).toBe('standalone');
    expect(setup.authMethod).toBe('assumedRole');
    expect(setup.accountId).toBe('111122223333');
    expect(setup.problem).toMatch(/couldn't be read.*FinOps for Cloud defaults.*side panel/);
  });

  it('says which self-hosted OptScale setting is wrong, and falls back to the defaults meanwhile', () => {
    const setup = resolveConsoleSetup(stored({ platform: { id: 'customOptScale', settings: { ...selfHosted, trustedPrincipal: '*' } } }), undefined);
    expect(setup.platform).toBe(finopsForCloud);
    expect(setup.problem).toContain('self-hosted OptScale settings');
    expect(setup.problem).toContain('A trusted principal of "*" would let any AWS account assume the role.');
    expect(setup.problem).toContain('side panel');
  });
});

describe('consoleViewOf', () => {
  it('gives the console buttons FinOps for Cloud names, both policies and a custom trust policy for a management account', () => {
    const view = consoleViewOf(resolveConsoleSetup(stored({ authMethod: 'assumedRole' }), '111122223333'));
    expect(view.managedPolicies.map((policy) => policy.name)).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect(view.needsCustomTrustPolicy).toBe(true);
    expect(view.externalIdSupported).toBe(false);
    expect(view.policiesToAttach).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect(view.bucketPolicy?.templateId).toBe('dataExportsBucketPolicy');
    expect(view.recommendedExport).toEqual({ exportName: 'billing-111122223333', bucketName: 'billing-export-111122223333', exportPathPrefix: 'reports' });
  });

  it('offers a member account only the discovery policy', () => {
    const view = consoleViewOf(resolveConsoleSetup(stored({ accountType: 'member', authMethod: 'assumedRole' }), '111122223333'));
    expect(view.managedPolicies.map((policy) => policy.templateId)).toEqual(['resourceDiscoveryPolicy']);
  });

  it("for Cloudyn: no managed policies of ours, ReadOnlyAccess to attach, its account to trust and its bucket statements", () => {
    const view = consoleViewOf(resolveConsoleSetup(stored({ platform: { id: 'cloudyn' }, authMethod: 'assumedRole' }), '111122223333'));
    expect(view.managedPolicies).toEqual([]);
    expect(view.policiesToAttach).toEqual(['ReadOnlyAccess']);
    expect(view.needsCustomTrustPolicy).toBe(false);
    expect(view.trustedAccountId).toBe('432263259397');
    expect(view.externalIdSupported).toBe(true);
    expect(view.bucketPolicy).toEqual({ templateId: 'cloudynBucketPolicy', label: 'Add Cloudyn billing statements to this bucket policy' });
  });

  it('uses a typed role name over the platform default', () => {
    const view = consoleViewOf(resolveConsoleSetup(stored({ values: { roleName: 'FinOpsReader' } }), undefined));
    expect(view.roleName).toBe('FinOpsReader');
    expect(view.recommendedExport).toBeUndefined();
  });
});

describe('consoleViewOf: the Data Export form', () => {
  it.each([
    ['management', true],
    ['standalone', true],
    ['member', false],
  ] as const)('a %s account needs its own export: %s', (accountType, needed) => {
    expect(consoleViewOf(resolveConsoleSetup(stored({ accountType }), '111122223333')).needsDataExport).toBe(needed);
  });
});
