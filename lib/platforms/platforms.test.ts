import { describe, expect, it } from 'vitest';
import {
  cloudyn,
  confusedDeputyExplanation,
  customOptScalePlatform,
  externalIdOffer,
  finopsForCloud,
  finopsForCloudSeedPolicies,
  recommendedDataExportSettings,
  recommendedExportFor,
  templatesFor,
} from './index';

describe('FinOps for Cloud profile', () => {
  it('uses the documented names and service user', () => {
    expect(finopsForCloud.names).toEqual({
      roleName: 'FinOpsForCloudAccessRole',
      userName: 'FinOpsForCloudUser',
      policyNames: { billingImportPolicy: 'FinOpsForCloudBillingImport', resourceDiscoveryPolicy: 'FinOpsForCloudResourceDiscovery' },
    });
    expect(finopsForCloud.trust.trustedPrincipal).toBe('arn:aws:iam::654035049067:user/ffc-service-user');
    expect(finopsForCloud.authMethods[0]).toBe('assumedRole');
  });

  it('defaults to the published policies and keeps the seed ones as a variant', () => {
    expect(finopsForCloud.policyVariant).toBe('published');
    expect(finopsForCloudSeedPolicies.policyVariant).toBe('seed');
    expect({ ...finopsForCloudSeedPolicies, policyVariant: 'published' }).toEqual(finopsForCloud);
  });

  it.each([
    ['management', 'assumedRole', ['dataExportsBucketPolicy', 'billingImportPolicy', 'resourceDiscoveryPolicy', 'trustPolicy']],
    ['standalone', 'accessKey', ['dataExportsBucketPolicy', 'billingImportPolicy', 'resourceDiscoveryPolicy']],
    ['member', 'assumedRole', ['resourceDiscoveryPolicy', 'trustPolicy']],
    ['member', 'accessKey', ['resourceDiscoveryPolicy']],
  ] as const)('a %s account with %s needs %j', (accountType, authMethod, templates) => {
    expect(templatesFor(finopsForCloud, accountType, authMethod)).toEqual(templates);
  });

  it('only paying accounts need their own data export', () => {
    expect([finopsForCloud.setup.management.needsDataExport, finopsForCloud.setup.standalone.needsDataExport, finopsForCloud.setup.member.needsDataExport]).toEqual([true, true, false]);
  });
});

describe('Cloudyn profile', () => {
  it('trusts the Cloudyn collector account and attaches ReadOnlyAccess', () => {
    expect(cloudyn.trust.trustedPrincipal).toBe('arn:aws:iam::432263259397:root');
    expect(cloudyn.setup.management.awsManagedPolicies).toEqual(['ReadOnlyAccess']);
    expect(templatesFor(cloudyn, 'management', 'assumedRole')).toEqual(['cloudynBucketPolicy', 'trustPolicy']);
    expect(templatesFor(cloudyn, 'standalone', 'accessKey')).toEqual(['cloudynBucketPolicy']);
  });
});

describe('External ID hardening', () => {
  it('is off for FinOps for Cloud, with the reason as data', () => {
    const offer = externalIdOffer(finopsForCloud);
    expect(offer.offered).toBe(false);
    if (!offer.offered) expect(offer.reason).toMatch(/doesn't pass an External ID/);
  });

  it('is required for Cloudyn, which hands one out', () => {
    expect(externalIdOffer(cloudyn)).toMatchObject({ offered: true, required: true, explanation: confusedDeputyExplanation });
  });

  it('is optional for a self-hosted OptScale', () => {
    const platform = customOptScalePlatform({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666' });
    expect(platform.ok && externalIdOffer(platform.value)).toMatchObject({ offered: true, required: false });
  });

  it('explains the confused deputy in one sentence', () => {
    expect(confusedDeputyExplanation.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});

describe('self-hosted OptScale', () => {
  it('takes what the person entered, normalised, with FinOps for Cloud names as defaults', () => {
    const result = customOptScalePlatform({ portalOrigin: 'optscale.example.com/cloud-account/connect', trustedPrincipal: '4444-5555-6666', externalId: '', roleName: '  ' });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value).toMatchObject({
      id: 'customOptScale',
      displayName: 'Self-hosted OptScale',
      portal: { origin: 'https://optscale.example.com', connectPath: '/cloud-account/connect' },
      trust: { trustedPrincipal: 'arn:aws:iam::444455556666:root', externalId: { support: 'optional' } },
      names: finopsForCloud.names,
      policyVariant: 'published',
      setup: finopsForCloud.setup,
    });
    expect(result.value.trust.externalId).not.toHaveProperty('externalId');
  });

  it('keeps custom names, an External ID and an http origin on a private host', () => {
    const result = customOptScalePlatform({
      displayName: 'Acme OptScale',
      portalOrigin: 'http://10.0.0.5:8080/',
      trustedPrincipal: 'arn:aws:iam::444455556666:role/optscale-worker',
      externalId: 'acme-optscale-01',
      roleName: 'AcmeCostRole',
      userName: 'AcmeCostUser',
      billingImportPolicyName: 'AcmeBilling',
      resourceDiscoveryPolicyName: 'AcmeDiscovery',
      policyVariant: 'seed',
    });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value).toMatchObject({
      displayName: 'Acme OptScale',
      portal: { origin: 'http://10.0.0.5:8080' },
      trust: { trustedPrincipal: 'arn:aws:iam::444455556666:role/optscale-worker', externalId: { support: 'optional', externalId: 'acme-optscale-01' } },
      names: { roleName: 'AcmeCostRole', userName: 'AcmeCostUser', policyNames: { billingImportPolicy: 'AcmeBilling', resourceDiscoveryPolicy: 'AcmeDiscovery' } },
      policyVariant: 'seed',
    });
  });

  it.each([
    [{ trustedPrincipal: '444455556666' }, 'invalid-custom-platform-portalOrigin', 'address of your OptScale portal'],
    [{ portalOrigin: 'ftp://optscale.example.com', trustedPrincipal: '444455556666' }, 'invalid-custom-platform-portalOrigin', "isn't a web address"],
    [{ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '*' }, 'invalid-custom-platform-trustedPrincipal', 'any AWS account'],
    [{ portalOrigin: 'https://optscale.example.com' }, 'invalid-custom-platform-trustedPrincipal', 'Enter the AWS account ID or the ARN'],
    [{ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666', externalId: 'a' }, 'invalid-custom-platform-externalId', 'at least 2 characters'],
    [{ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666', roleName: 'Cost Role' }, 'invalid-custom-platform-roleName', 'use Cost-Role'],
    [{ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666', policyVariant: 'latest' }, 'invalid-custom-platform-policyVariant', 'published or the seed'],
    [null, 'invalid-custom-platform', 'portal address and the account ID or ARN'],
  ])('refuses %j', (input, code, fragment) => {
    const result = customOptScalePlatform(input);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    if (!result.ok) expect(result.problem.message).toContain(fragment);
  });
});

describe('recommended data export', () => {
  it('derives names from the account ID', () => {
    expect(recommendedExportFor('1111-2222-3333')).toEqual({
      ok: true,
      value: { exportName: 'billing-111122223333', bucketName: 'billing-export-111122223333', exportPathPrefix: 'reports' },
    });
  });

  it('refuses a broken account ID with the account ID message', () => {
    expect(recommendedExportFor('1111-2222')).toMatchObject({ ok: false, problem: { code: 'invalid-account-id' } });
  });

  it('is CUR 2.0, hourly, Parquet, with resource IDs, overwriting', () => {
    expect(recommendedDataExportSettings).toMatchObject({
      table: 'CUR 2.0',
      curVersion: '2',
      includeResourceIds: true,
      splitCostAllocationData: false,
      timeGranularity: 'Hourly',
      format: 'Parquet',
      fileVersioning: 'Overwrite existing data export file',
    });
  });
});
