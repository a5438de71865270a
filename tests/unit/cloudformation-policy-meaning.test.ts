// @cloud-copilot/iam-simulate is AGPL: imported only in tests/, never beside shipped code.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountTemplate } from '../../lib/cloudformation/account-template';
import { toYaml } from '../../lib/cloudformation/serialise';
import { accountId, externalId, otherAccountId, resolveIntrinsics, testPlatforms } from '../../lib/cloudformation/test-support';
import type { CloudFormationTemplate } from '../../lib/cloudformation/template-types';

// The same simulations as lib/policies/policy-meaning.test.ts, run on the policies a stack creates
// from the downloadable YAML file, once CloudFormation has put the parameter values in.

type Request = Simulation['request'];

const decide = async (simulation: Partial<Simulation> & { request: Request }): Promise<string> => {
  const result = await runSimulation({ identityPolicies: [], serviceControlPolicies: [], resourceControlPolicies: [], ...simulation }, {});
  if (result.resultType === 'error') throw new Error(result.errors.message);
  return result.overallResult;
};

const request = (principal: string, action: string, resource: string, contextVariables: Request['contextVariables'] = {}): Request => ({
  principal,
  action,
  resource: { resource, accountId },
  contextVariables,
});

const stackBucket = 'cost-reports-eu.example-123';

/** The stack's policies from the YAML file, with the parameters as a person would enter them. */
function stackPoliciesFor(platformLabel: string, accountType: 'management' | 'member') {
  const platform = testPlatforms.find((candidate) => candidate.label === platformLabel)?.platform;
  if (!platform) throw new Error(platformLabel);
  const account = accountTemplate(platform, accountType, { authMethod: 'assumedRole' });
  if (!account.ok) throw new Error(account.problem.message);
  const template = parse(toYaml(account.value.template), { version: '1.1' }) as CloudFormationTemplate;
  const resolved = (document: unknown) => resolveIntrinsics(document, { BillingBucketName: stackBucket, ExternalId: externalId, 'AWS::AccountId': accountId }) as Record<string, unknown>;
  const { AccessRole, BillingImportPolicy, ResourceDiscoveryPolicy } = template.Resources;
  return {
    trust: resolved(AccessRole?.Properties.AssumeRolePolicyDocument),
    billingImport: BillingImportPolicy && resolved(BillingImportPolicy.Properties.PolicyDocument),
    resourceDiscovery: ResourceDiscoveryPolicy && resolved(ResourceDiscoveryPolicy.Properties.PolicyDocument),
  };
}

const role = `arn:aws:iam::${accountId}:role/FinOpsForCloudAccessRole`;
const callerMayAssume = [{ name: 'caller', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }];
const assume = (trust: Record<string, unknown>, principal: string, contextVariables: Request['contextVariables'] = {}) =>
  decide({ identityPolicies: callerMayAssume, resourcePolicy: trust, request: request(principal, 'sts:AssumeRole', role, contextVariables) });

describe('the role a stack creates', () => {
  it("trusts FinOps for Cloud's service user, and no one else", async () => {
    const { trust } = stackPoliciesFor('FinOps for Cloud', 'member');
    expect(await assume(trust, 'arn:aws:iam::654035049067:user/ffc-service-user')).toBe('Allowed');
    expect(await assume(trust, 'arn:aws:iam::654035049067:user/someone-else')).toBe('ImplicitlyDenied');
    expect(await assume(trust, `arn:aws:iam::${otherAccountId}:user/ffc-service-user`)).toBe('ImplicitlyDenied');
  });

  it('lets Cloudyn in only with the External ID given as the stack parameter', async () => {
    const { trust } = stackPoliciesFor('Cloudyn', 'member');
    const collector = 'arn:aws:iam::432263259397:role/cloudyn-collector';
    expect(await assume(trust, collector, { 'sts:ExternalId': externalId })).toBe('Allowed');
    expect(await assume(trust, collector, { 'sts:ExternalId': 'Fabrikam999' })).toBe('ImplicitlyDenied');
    expect(await assume(trust, collector)).toBe('ImplicitlyDenied');
  });

  it("lets a self-hosted OptScale's account in only with its External ID", async () => {
    const { trust } = stackPoliciesFor('self-hosted OptScale with an External ID', 'member');
    expect(await assume(trust, `arn:aws:iam::${otherAccountId}:user/optscale`, { 'sts:ExternalId': externalId })).toBe('Allowed');
    expect(await assume(trust, `arn:aws:iam::${otherAccountId}:user/optscale`)).toBe('ImplicitlyDenied');
  });
});

describe.each(['FinOps for Cloud', 'FinOps for Cloud (seed policies)'])('%s policies a management account stack creates', (platformLabel) => {
  const { billingImport, resourceDiscovery } = stackPoliciesFor(platformLabel, 'management');
  const as = (policy: Record<string, unknown> | undefined, action: string, resource: string) => {
    if (!policy) throw new Error('policy missing from the template');
    return decide({ identityPolicies: [{ name: 'stack policy', policy }], request: request(role, action, resource) });
  };

  it('let the platform read export files in the bucket given as the parameter', async () => {
    expect(await as(billingImport, 's3:GetObject', `arn:aws:s3:::${stackBucket}/reports/billing-${accountId}/data/BILLING_PERIOD=2025-01/part-0.parquet`)).toBe('Allowed');
    expect(await as(billingImport, 's3:ListBucket', `arn:aws:s3:::${stackBucket}`)).toBe('Allowed');
    expect(await as(billingImport, 's3:GetBucketLocation', `arn:aws:s3:::${stackBucket}`)).toBe('Allowed');
  });

  it('do not let it read another bucket, or change this one', async () => {
    expect(await as(billingImport, 's3:GetObject', 'arn:aws:s3:::someone-elses-bucket/reports/file.parquet')).toBe('ImplicitlyDenied');
    expect(await as(billingImport, 's3:PutObject', `arn:aws:s3:::${stackBucket}/reports/file.parquet`)).toBe('ImplicitlyDenied');
    expect(await as(billingImport, 's3:PutBucketPolicy', `arn:aws:s3:::${stackBucket}`)).toBe('ImplicitlyDenied');
  });

  it('let discovery describe instances but not terminate them', async () => {
    const instance = `arn:aws:ec2:eu-west-1:${accountId}:instance/i-0123456789abcdef0`;
    expect(await as(resourceDiscovery, 'ec2:DescribeInstances', '*')).toBe('Allowed');
    expect(await as(resourceDiscovery, 'ec2:TerminateInstances', instance)).toBe('ImplicitlyDenied');
    expect(await as(resourceDiscovery, 'iam:CreateAccessKey', `arn:aws:iam::${accountId}:user/admin`)).toBe('ImplicitlyDenied');
  });
});
