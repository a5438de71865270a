// @cloud-copilot/iam-simulate is AGPL: imported only in tests/, never beside shipped code.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { cloudyn, customOptScalePlatform, finopsForCloud, finopsForCloudSeedPolicies, platformFromChoice, type PlatformChoice, type PlatformProfile } from '../../lib/platforms';
import type { PolicyDocument } from '../../lib/policies/document';
import { renderPolicy, type PolicySlots } from '../../lib/policies/render';
import type { TemplateId } from '../../lib/policies/templates';

const account = '111122223333';
const otherAccount = '444455556666';
const bucket = 'billing-export-111122223333';
const slots: PolicySlots = { bucketName: bucket, accountId: account, readOnlyPrincipalArn: `arn:aws:iam::${account}:role/Azure-Cost-Mgt` };

const render = (templateId: TemplateId, platform: PlatformProfile, extra: PolicySlots = {}): PolicyDocument => {
  const result = renderPolicy(templateId, platform, { ...slots, ...extra });
  if (!result.ok) throw new Error(result.problem.message);
  return result.value.document;
};

type Request = Simulation['request'];

const decide = async (simulation: Partial<Simulation> & { request: Request }): Promise<string> => {
  const result = await runSimulation({ identityPolicies: [], serviceControlPolicies: [], resourceControlPolicies: [], ...simulation }, {});
  if (result.resultType === 'error') throw new Error(result.errors.message);
  return result.overallResult;
};

const request = (principal: string, action: string, resource: string, resourceAccount: string, contextVariables: Request['contextVariables'] = {}): Request => ({
  principal,
  action,
  resource: { resource, accountId: resourceAccount },
  contextVariables,
});

describe('Data Exports bucket policy', () => {
  const bucketPolicy = render('dataExportsBucketPolicy', finopsForCloud);
  const deliver = (principal: string, sourceAccount: string, sourceArn: string) =>
    decide({
      resourcePolicy: bucketPolicy,
      request: request(principal, 's3:PutObject', `arn:aws:s3:::${bucket}/reports/billing-${account}/data/BILLING_PERIOD=2025-01/part-0.parquet`, account, {
        'aws:SourceAccount': sourceAccount,
        'aws:SourceArn': sourceArn,
      }),
    });

  it.each([
    ['Data Exports', 'bcm-data-exports.amazonaws.com', `arn:aws:bcm-data-exports:us-east-1:${account}:export/billing-${account}-0a1b`],
    ['legacy CUR', 'billingreports.amazonaws.com', `arn:aws:cur:us-east-1:${account}:definition/0a1b2c`],
  ])('lets %s deliver this account’s export', async (_, service, sourceArn) => {
    expect(await deliver(service, account, sourceArn)).toBe('Allowed');
  });

  it('refuses delivery of another account’s export', async () => {
    expect(await deliver('bcm-data-exports.amazonaws.com', otherAccount, `arn:aws:bcm-data-exports:us-east-1:${otherAccount}:export/x`)).toBe('ImplicitlyDenied');
  });

  it('refuses a source ARN of another account even with this account as source', async () => {
    expect(await deliver('bcm-data-exports.amazonaws.com', account, `arn:aws:bcm-data-exports:us-east-1:${otherAccount}:export/x`)).toBe('ImplicitlyDenied');
  });

  it('refuses other services', async () => {
    expect(await deliver('cloudtrail.amazonaws.com', account, `arn:aws:bcm-data-exports:us-east-1:${account}:export/x`)).toBe('ImplicitlyDenied');
  });

  it('lets Data Exports check the bucket policy, and nothing else', async () => {
    const context = { 'aws:SourceAccount': account, 'aws:SourceArn': `arn:aws:bcm-data-exports:us-east-1:${account}:export/x` };
    const check = (action: string) =>
      decide({ resourcePolicy: bucketPolicy, request: request('bcm-data-exports.amazonaws.com', action, `arn:aws:s3:::${bucket}`, account, context) });
    expect(await check('s3:GetBucketPolicy')).toBe('Allowed');
    expect(await check('s3:PutBucketPolicy')).toBe('ImplicitlyDenied');
  });
});

describe.each([
  ['published', finopsForCloud],
  ['seed', finopsForCloudSeedPolicies],
])('%s billing import and resource discovery policies', (_, platform) => {
  const role = `arn:aws:iam::${account}:role/FinOpsForCloudAccessRole`;
  const identityPolicies = [{ name: 'FinOpsForCloudBillingImport', policy: render('billingImportPolicy', platform) }];
  const asBillingImport = (action: string, resource: string) => decide({ identityPolicies, request: request(role, action, resource, account) });

  it('lets its holder read export files in this bucket', async () => {
    expect(await asBillingImport('s3:GetObject', `arn:aws:s3:::${bucket}/reports/billing-${account}/metadata/BILLING_PERIOD=2025-01/billing-${account}-Manifest.json`)).toBe('Allowed');
    expect(await asBillingImport('s3:ListBucket', `arn:aws:s3:::${bucket}`)).toBe('Allowed');
    expect(await asBillingImport('s3:GetBucketLocation', `arn:aws:s3:::${bucket}`)).toBe('Allowed');
  });

  it('does not let it read another bucket', async () => {
    expect(await asBillingImport('s3:GetObject', 'arn:aws:s3:::someone-elses-bucket/reports/file.parquet')).toBe('ImplicitlyDenied');
    expect(await asBillingImport('s3:ListBucket', 'arn:aws:s3:::someone-elses-bucket')).toBe('ImplicitlyDenied');
  });

  it('does not let it change the bucket or its files', async () => {
    expect(await asBillingImport('s3:PutObject', `arn:aws:s3:::${bucket}/reports/file.parquet`)).toBe('ImplicitlyDenied');
    expect(await asBillingImport('s3:PutBucketPolicy', `arn:aws:s3:::${bucket}`)).toBe('ImplicitlyDenied');
    expect(await asBillingImport('s3:DeleteObject', `arn:aws:s3:::${bucket}/reports/file.parquet`)).toBe('ImplicitlyDenied');
  });

  const discovery = [{ name: 'FinOpsForCloudResourceDiscovery', policy: render('resourceDiscoveryPolicy', platform) }];
  const asDiscovery = (action: string, resource: string) => decide({ identityPolicies: discovery, request: request(role, action, resource, account) });

  it('lets discovery describe instances but not terminate them', async () => {
    const instance = `arn:aws:ec2:eu-west-1:${account}:instance/i-0123456789abcdef0`;
    expect(await asDiscovery('ec2:DescribeInstances', '*')).toBe('Allowed');
    expect(await asDiscovery('ec2:TerminateInstances', instance)).toBe('ImplicitlyDenied');
    expect(await asDiscovery('ec2:StopInstances', instance)).toBe('ImplicitlyDenied');
  });

  it('lets discovery list IAM users but not create access keys', async () => {
    expect(await asDiscovery('iam:ListUsers', '*')).toBe('Allowed');
    expect(await asDiscovery('iam:CreateAccessKey', `arn:aws:iam::${account}:user/admin`)).toBe('ImplicitlyDenied');
  });
});

describe('trust policy', () => {
  const callerMayAssume = [{ name: 'caller', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }];
  const assume = (trust: PolicyDocument, principal: string, contextVariables: Request['contextVariables'] = {}) =>
    decide({
      identityPolicies: callerMayAssume,
      resourcePolicy: trust,
      request: request(principal, 'sts:AssumeRole', `arn:aws:iam::${account}:role/FinOpsForCloudAccessRole`, account, contextVariables),
    });

  it("lets FinOps for Cloud's service user assume the role, and no one else", async () => {
    const trust = render('trustPolicy', finopsForCloud);
    expect(await assume(trust, 'arn:aws:iam::654035049067:user/ffc-service-user')).toBe('Allowed');
    expect(await assume(trust, 'arn:aws:iam::654035049067:user/someone-else')).toBe('ImplicitlyDenied');
    expect(await assume(trust, `arn:aws:iam::${otherAccount}:user/ffc-service-user`)).toBe('ImplicitlyDenied');
  });

  it('with an External ID, lets Cloudyn in only with the right one', async () => {
    const trust = render('trustPolicy', cloudyn, { externalId: 'Contoso12345' });
    const collector = 'arn:aws:iam::432263259397:role/cloudyn-collector';
    expect(await assume(trust, collector, { 'sts:ExternalId': 'Contoso12345' })).toBe('Allowed');
    expect(await assume(trust, collector, { 'sts:ExternalId': 'Fabrikam999' })).toBe('ImplicitlyDenied');
    expect(await assume(trust, collector)).toBe('ImplicitlyDenied');
    expect(await assume(trust, `arn:aws:iam::${otherAccount}:role/cloudyn-collector`, { 'sts:ExternalId': 'Contoso12345' })).toBe('ImplicitlyDenied');
  });

  it("lets a self-hosted OptScale's account in, with its External ID when one is set", async () => {
    const platform = customOptScalePlatform({ portalOrigin: 'optscale.example.com', trustedPrincipal: otherAccount, externalId: 'optscale-7f3a' });
    if (!platform.ok) throw new Error(platform.problem.message);
    const trust = render('trustPolicy', platform.value);
    const worker = `arn:aws:iam::${otherAccount}:user/optscale`;
    expect(await assume(trust, worker, { 'sts:ExternalId': 'optscale-7f3a' })).toBe('Allowed');
    expect(await assume(trust, worker)).toBe('ImplicitlyDenied');
  });
});

describe('Cloudyn bucket policy', () => {
  const bucketPolicy = render('cloudynBucketPolicy', cloudyn);
  const readOnlyRole = `arn:aws:iam::${account}:role/Azure-Cost-Mgt`;
  // ReadOnlyAccess is attached to the role; the bucket policy is what this test looks at.
  const asPrincipal = (principal: string, action: string, resource: string) =>
    decide({ resourcePolicy: bucketPolicy, request: request(principal, action, resource, account) });
  // A caller in another account also needs its own identity policy to allow the request.
  const fromAwsBilling = (principal: string, action: string, resource: string) =>
    decide({
      identityPolicies: [{ name: 'delivery', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } }],
      resourcePolicy: bucketPolicy,
      request: request(principal, action, resource, account),
    });

  it("lets AWS's billing account deliver reports and check the bucket, and no other account", async () => {
    const delivery = 'arn:aws:iam::386209384616:role/billing-delivery';
    expect(await fromAwsBilling(delivery, 's3:PutObject', `arn:aws:s3:::${bucket}/123-aws-billing-detailed-line-items.csv.zip`)).toBe('Allowed');
    expect(await fromAwsBilling(delivery, 's3:GetBucketAcl', `arn:aws:s3:::${bucket}`)).toBe('Allowed');
    expect(await fromAwsBilling(delivery, 's3:DeleteObject', `arn:aws:s3:::${bucket}/report.csv.zip`)).toBe('ImplicitlyDenied');
    expect(await fromAwsBilling(`arn:aws:iam::${otherAccount}:role/billing-delivery`, 's3:PutObject', `arn:aws:s3:::${bucket}/x.csv.zip`)).toBe('ImplicitlyDenied');
  });

  it("lets the read-only role read report files but not write them", async () => {
    expect(await asPrincipal(readOnlyRole, 's3:GetObject', `arn:aws:s3:::${bucket}/report.csv.zip`)).toBe('Allowed');
    expect(await asPrincipal(readOnlyRole, 's3:PutObject', `arn:aws:s3:::${bucket}/report.csv.zip`)).toBe('ImplicitlyDenied');
  });

  describe("AWS's billing service delivering the legacy CUR", () => {
    const legacyReport = `arn:aws:cur:us-east-1:${account}:definition/0a1b2c3d-cloudyn`;
    const asBillingReports = (action: string, resource: string, sourceAccount: string | undefined, sourceArn: string | undefined, service = 'billingreports.amazonaws.com') =>
      decide({
        resourcePolicy: bucketPolicy,
        request: request(service, action, resource, account, {
          ...(sourceAccount === undefined ? {} : { 'aws:SourceAccount': sourceAccount }),
          ...(sourceArn === undefined ? {} : { 'aws:SourceArn': sourceArn }),
        }),
      });
    const reportFile = `arn:aws:s3:::${bucket}/cloudyn/cloudyn-cur/20250101-20250201/cloudyn-cur-Manifest.json`;

    it("delivers this account's report and checks the bucket first", async () => {
      expect(await asBillingReports('s3:PutObject', reportFile, account, legacyReport)).toBe('Allowed');
      expect(await asBillingReports('s3:GetBucketAcl', `arn:aws:s3:::${bucket}`, account, legacyReport)).toBe('Allowed');
      expect(await asBillingReports('s3:GetBucketPolicy', `arn:aws:s3:::${bucket}`, account, legacyReport)).toBe('Allowed');
    });

    it("refuses another account's report, even when it names this account as the source", async () => {
      expect(await asBillingReports('s3:PutObject', reportFile, otherAccount, `arn:aws:cur:us-east-1:${otherAccount}:definition/x`)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutObject', reportFile, account, `arn:aws:cur:us-east-1:${otherAccount}:definition/x`)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutObject', reportFile, otherAccount, legacyReport)).toBe('ImplicitlyDenied');
    });

    it('refuses delivery with no source named, from anything but a report definition, or from another service', async () => {
      expect(await asBillingReports('s3:PutObject', reportFile, undefined, undefined)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutObject', reportFile, account, `arn:aws:bcm-data-exports:us-east-1:${account}:export/x`)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutObject', reportFile, account, legacyReport, 'bcm-data-exports.amazonaws.com')).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutObject', reportFile, account, legacyReport, 'cloudtrail.amazonaws.com')).toBe('ImplicitlyDenied');
    });

    it('lets it do nothing else', async () => {
      expect(await asBillingReports('s3:DeleteObject', reportFile, account, legacyReport)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:GetObject', reportFile, account, legacyReport)).toBe('ImplicitlyDenied');
      expect(await asBillingReports('s3:PutBucketPolicy', `arn:aws:s3:::${bucket}`, account, legacyReport)).toBe('ImplicitlyDenied');
    });
  });
});

describe('resource discovery options', () => {
  const role = `arn:aws:iam::${account}:role/FinOpsForCloudAccessRole`;
  const instance = `arn:aws:ec2:eu-west-1:${account}:instance/i-0123456789abcdef0`;
  const asDiscovery = (platform: PlatformProfile) => (action: string, resource = '*') =>
    decide({ identityPolicies: [{ name: 'FinOpsForCloudResourceDiscovery', policy: render('resourceDiscoveryPolicy', platform) }], request: request(role, action, resource, account) });
  const chosen = (choice: PlatformChoice) => {
    const platform = platformFromChoice(choice);
    if (!platform.ok) throw new Error(platform.problem.message);
    return platform.value;
  };
  const selfHosted = (settings: Record<string, unknown>) => chosen({ id: 'customOptScale', settings: { portalOrigin: 'optscale.example.com', trustedPrincipal: otherAccount, ...settings } });

  it("lets the published discovery read CloudWatch metric data, which the platform's code calls", async () => {
    expect(await asDiscovery(finopsForCloud)('cloudwatch:GetMetricData')).toBe('Allowed');
    expect(await asDiscovery(finopsForCloud)('cloudwatch:PutMetricData')).toBe('ImplicitlyDenied');
  });

  it.each([
    ['FinOps for Cloud', { id: 'finopsForCloud' } as PlatformChoice, { id: 'finopsForCloud', powerSchedules: true } as PlatformChoice],
    ['FinOps for Cloud (seed policies)', { id: 'finopsForCloud', policyVariant: 'seed' } as PlatformChoice, { id: 'finopsForCloud', policyVariant: 'seed', powerSchedules: true } as PlatformChoice],
  ])('%s: starts and stops instances only when power schedules are chosen', async (_, without, withPower) => {
    for (const action of ['ec2:StartInstances', 'ec2:StopInstances']) {
      expect(await asDiscovery(chosen(without))(action, instance)).toBe('ImplicitlyDenied');
      expect(await asDiscovery(chosen(withPower))(action, instance)).toBe('Allowed');
    }
    expect(await asDiscovery(chosen(withPower))('ec2:TerminateInstances', instance)).toBe('ImplicitlyDenied');
  });

  it('a self-hosted OptScale: power schedules only when chosen', async () => {
    expect(await asDiscovery(selfHosted({}))('ec2:StopInstances', instance)).toBe('ImplicitlyDenied');
    expect(await asDiscovery(selfHosted({ powerSchedules: true }))('ec2:StopInstances', instance)).toBe('Allowed');
  });

  const newerDiscovery = [
    ['rds:DescribeDBInstances', `arn:aws:rds:eu-west-1:${account}:db:orders`],
    ['redshift-serverless:ListWorkgroups', '*'],
    ['redshift-serverless:ListTagsForResource', `arn:aws:redshift-serverless:eu-west-1:${account}:workgroup/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab`],
    ['emr-serverless:ListApplications', '*'],
    ['emr-serverless:ListTagsForResource', `arn:aws:emr-serverless:eu-west-1:${account}:/applications/00f1abcdefghij`],
  ] as const;

  it.each(newerDiscovery)('a self-hosted OptScale of the newest release (the default) may call %s; an older release gets no such grant', async (action, resource) => {
    expect(await asDiscovery(selfHosted({}))(action, resource)).toBe('Allowed');
    expect(await asDiscovery(selfHosted({ optScaleVersion: 'newest' }))(action, resource)).toBe('Allowed');
    expect(await asDiscovery(selfHosted({ optScaleVersion: 'upTo2024-10' }))(action, resource)).toBe('ImplicitlyDenied');
    expect(await asDiscovery(finopsForCloud)(action, resource)).toBe('ImplicitlyDenied');
  });

  it('the newest release still may not change databases', async () => {
    expect(await asDiscovery(selfHosted({}))('rds:DeleteDBInstance', `arn:aws:rds:eu-west-1:${account}:db:orders`)).toBe('ImplicitlyDenied');
    expect(await asDiscovery(selfHosted({}))('emr-serverless:StartApplication', `arn:aws:emr-serverless:eu-west-1:${account}:/applications/00f1abcdefghij`)).toBe('ImplicitlyDenied');
  });
});
