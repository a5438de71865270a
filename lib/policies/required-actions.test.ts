import { describe, expect, it } from 'vitest';
import { cloudyn, finopsForCloud, finopsForCloudSeedPolicies } from '../platforms';
import { statementsOf, type StringOrList } from './document';
import { requiredActions, requiredGrants } from './required-actions';
import { billingImportPolicy, resourceDiscoveryPolicy } from './templates';

const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const slots = { bucketName: 'billing-export-111122223333', accountId: '111122223333', readOnlyPrincipalArn: 'arn:aws:iam::111122223333:role/Azure-Cost-Mgt' };

describe('requiredActions', () => {
  it('is exactly what the published billing and discovery templates grant, for a management account', () => {
    const fromTemplates = [billingImportPolicy, resourceDiscoveryPolicy].flatMap((template) =>
      template.variesBy === 'policyVariant' ? statementsOf(template.variants.published.document).flatMap((statement) => listOf(statement.Action)) : [],
    );
    expect(new Set(requiredActions(finopsForCloud, 'management'))).toEqual(new Set(fromTemplates));
  });

  it('asks a seed member account for discovery only', () => {
    const member = requiredActions(finopsForCloudSeedPolicies, 'member');
    expect(member).toContain('ec2:Describe*');
    expect(member).not.toContain('s3:GetObject');
    expect(requiredActions(finopsForCloudSeedPolicies, 'standalone')).toContain('s3:GetObject');
  });

  it('never lists what AWS itself needs (bucket delivery) or who may assume the role', () => {
    const actions = requiredActions(finopsForCloud, 'management');
    expect(actions).not.toContain('s3:PutObject');
    expect(actions).not.toContain('sts:AssumeRole');
  });

  it("reads Cloudyn's needs from the statement for its read-only identity", () => {
    expect(requiredActions(cloudyn, 'management')).toEqual(['s3:List*', 's3:Get*']);
    expect(requiredActions(cloudyn, 'member')).toEqual([]);
    expect(cloudyn.setup.member.awsManagedPolicies).toEqual(['ReadOnlyAccess']);
  });
});

describe('requiredGrants', () => {
  it('fills in the bucket for the billing import grants', () => {
    const result = requiredGrants(finopsForCloud, 'management', slots);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value).toContainEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::billing-export-111122223333/*', templateId: 'billingImportPolicy', sid: 'FinOpsForCloudGetBillingFiles' });
    expect(result.value).toContainEqual({ action: 's3:ListBucket', resource: 'arn:aws:s3:::billing-export-111122223333', templateId: 'billingImportPolicy', sid: 'FinOpsForCloudManageBillingBucket' });
    expect(result.value).toContainEqual({ action: 'ec2:Describe*', resource: '*', templateId: 'resourceDiscoveryPolicy', sid: 'FinOpsforCloudGetResources' });
  });

  it('needs no bucket for a member account', () => {
    const result = requiredGrants(finopsForCloud, 'member', {});
    expect(result.ok && result.value.every((grant) => grant.templateId === 'resourceDiscoveryPolicy')).toBe(true);
  });

  it('reports a missing bucket name as the value problem it is', () => {
    expect(requiredGrants(finopsForCloud, 'standalone', { accountId: '111122223333' })).toMatchObject({ ok: false, problem: { code: 'invalid-bucket-name' } });
  });
});
