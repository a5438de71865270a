import { describe, expect, it } from 'vitest';
import { attachedPolicyNames, trustedAccountOf } from './attached-policies';
import { cloudyn } from './cloudyn';
import { customOptScalePlatform } from './custom-optscale';
import { finopsForCloud } from './finops-for-cloud';
import type { AccountType, AuthMethod, PlatformProfile } from './platform-profile';

const selfHosted = (trustedPrincipal: string, names: Record<string, string> = {}): PlatformProfile => {
  const platform = customOptScalePlatform({ portalOrigin: 'optscale.acme.example', trustedPrincipal, ...names });
  if (!platform.ok) throw new Error(platform.problem.message);
  return platform.value;
};

describe('attachedPolicyNames', () => {
  it.each<[string, PlatformProfile, AccountType, AuthMethod, string[]]>([
    ['FinOps for Cloud, standalone, role', finopsForCloud, 'standalone', 'assumedRole', ['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']],
    ['FinOps for Cloud, management, user', finopsForCloud, 'management', 'accessKey', ['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']],
    ['FinOps for Cloud, member, role', finopsForCloud, 'member', 'assumedRole', ['FinOpsForCloudResourceDiscovery']],
    ['Cloudyn, standalone, role', cloudyn, 'standalone', 'assumedRole', ['ReadOnlyAccess']],
    ['Cloudyn, member, user', cloudyn, 'member', 'accessKey', ['ReadOnlyAccess']],
    [
      'self-hosted OptScale with its own names',
      selfHosted('444455556666', { billingImportPolicyName: 'AcmeBilling', resourceDiscoveryPolicyName: 'AcmeDiscovery' }),
      'standalone',
      'assumedRole',
      ['AcmeBilling', 'AcmeDiscovery'],
    ],
  ])('%s', (_name, platform, accountType, authMethod, expected) => {
    expect(attachedPolicyNames(platform, accountType, authMethod)).toEqual(expected);
  });
});

describe('trustedAccountOf', () => {
  it.each<[string, PlatformProfile, string]>([
    ['FinOps for Cloud (one IAM user)', finopsForCloud, '654035049067'],
    ["Cloudyn (the collector's account root)", cloudyn, '432263259397'],
    ['self-hosted OptScale given an account ID', selfHosted('4444-5555-6666'), '444455556666'],
    ['self-hosted OptScale given a role ARN', selfHosted('arn:aws:iam::777788889999:role/optscale-worker'), '777788889999'],
  ])('%s', (_name, platform, expected) => {
    expect(trustedAccountOf(platform)).toBe(expected);
  });

  it('reads GovCloud ARNs and nothing that is not an IAM ARN', () => {
    const withPrincipal = (trustedPrincipal: string): PlatformProfile => ({ ...finopsForCloud, trust: { ...finopsForCloud.trust, trustedPrincipal } });
    expect(trustedAccountOf(withPrincipal('arn:aws-us-gov:iam::123456789012:root'))).toBe('123456789012');
    expect(trustedAccountOf(withPrincipal('arn:aws:sts::123456789012:assumed-role/x/y'))).toBeUndefined();
    expect(trustedAccountOf(withPrincipal('123456789012'))).toBeUndefined();
  });
});
