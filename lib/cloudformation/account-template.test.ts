import { describe, expect, it } from 'vitest';
import { attachedPolicyNames, cloudyn, finopsForCloud } from '../platforms';
import { accountTemplate, type AccountTemplate } from './account-template';
import { toJson } from './serialise';
import { bucketName, externalId, testCases } from './test-support';

const build = (...args: Parameters<typeof accountTemplate>): AccountTemplate => {
  const result = accountTemplate(...args);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

const resourcesOfType = (account: AccountTemplate, type: string) => Object.values(account.template.Resources).filter((resource) => resource.Type === type);

describe.each(testCases)('$name', ({ name, platform, accountType, authMethod, values }) => {
  const account = build(platform, accountType, { authMethod, values });
  const { template } = account;
  const identity = resourcesOfType(account, authMethod === 'assumedRole' ? 'AWS::IAM::Role' : 'AWS::IAM::User');

  it('creates exactly the role or user and the policies the console path attaches', () => {
    expect(identity).toHaveLength(1);
    expect(resourcesOfType(account, authMethod === 'assumedRole' ? 'AWS::IAM::User' : 'AWS::IAM::Role')).toHaveLength(0);
    const policyNames = resourcesOfType(account, 'AWS::IAM::ManagedPolicy').map((policy) => policy.Properties.ManagedPolicyName);
    const awsManaged = platform.setup[accountType].awsManagedPolicies;
    expect([...policyNames, ...awsManaged]).toEqual(attachedPolicyNames(platform, accountType, authMethod));
    expect(identity[0]?.Properties.ManagedPolicyArns).toEqual([
      ...Object.entries(template.Resources)
        .filter(([, resource]) => resource.Type === 'AWS::IAM::ManagedPolicy')
        .map(([logicalId]) => ({ Ref: logicalId })),
      ...awsManaged.map((name) => `arn:aws:iam::aws:policy/${name}`),
    ]);
  });

  it('never creates an access key, so no secret can reach the outputs', () => {
    expect(toJson(template)).not.toMatch(/AccessKey"|SecretAccessKey|AWS::IAM::AccessKey/);
  });

  it('outputs the ARN and name the platform asks for, the account ID, and the export type where the form asks for it', () => {
    const identity = authMethod === 'assumedRole' ? ['RoleArn', 'RoleName', 'AccountId'] : ['UserArn', 'UserName', 'AccessKeyPage', 'AccountId'];
    const asksExportType = !name.startsWith('Cloudyn') && accountType !== 'member';
    expect(Object.keys(template.Outputs)).toEqual(asksExportType ? [...identity, 'ExportType'] : identity);
    if (asksExportType) expect(template.Outputs.ExportType?.Value).toBe('2');
  });

  it('asks for the bucket only where the billing import policy reads it, and for an External ID only where the trust policy requires one', () => {
    // OptScale-based platforms read the export from a paying account's bucket; Cloudyn's ReadOnlyAccess covers it.
    const hasBillingPolicy = !name.startsWith('Cloudyn') && accountType !== 'member';
    const requiresExternalId = authMethod === 'assumedRole' && /^Cloudyn|with an External ID/.test(name);
    expect('BillingImportPolicy' in template.Resources).toBe(hasBillingPolicy);
    expect(Object.keys(template.Parameters ?? {})).toEqual([...(hasBillingPolicy ? ['BillingBucketName'] : []), ...(requiresExternalId ? ['ExternalId'] : [])]);
    expect(account.parameters.map((parameter) => parameter.name)).toEqual(Object.keys(template.Parameters ?? {}));
    if (requiresExternalId) {
      expect(template.Parameters?.ExternalId).toMatchObject({ NoEcho: true, MinLength: 2, MaxLength: 1224 });
      // Known or not, the External ID never lands in the file.
      expect(template.Parameters?.ExternalId?.Default).toBeUndefined();
      expect(toJson(template)).not.toContain(externalId);
    }
    if (hasBillingPolicy) expect(template.Parameters?.BillingBucketName?.Default).toBe(bucketName);
  });

  it('names what it leaves to the console path', () => {
    const left = account.leftToConsole.map((item) => item.what);
    expect(left.some((what) => /bucket policy/i.test(what))).toBe(accountType !== 'member');
    expect(left.includes('Access key')).toBe(authMethod === 'accessKey');
  });
});

describe('accountTemplate', () => {
  it('is the same text every time, sections in the documented order', () => {
    const first = build(finopsForCloud, 'management', { values: { bucketName } });
    expect(toJson(first.template)).toBe(toJson(build(finopsForCloud, 'management', { values: { bucketName } }).template));
    expect(Object.keys(first.template)).toEqual(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Resources', 'Outputs']);
  });

  it('uses the role name the person chose', () => {
    const account = build(finopsForCloud, 'member', { values: { roleName: 'FinOpsReader' } });
    expect(account.template.Resources.AccessRole?.Properties.RoleName).toBe('FinOpsReader');
    expect(account.creates).toContainEqual({ kind: 'role', name: 'FinOpsReader', templateId: 'trustPolicy' });
  });

  it('outputs Export type 1 for an account whose export is a legacy CUR export', () => {
    const legacy = accountTemplate(finopsForCloud, 'standalone', { values: { curVersion: 'Legacy CUR export' } });
    if (!legacy.ok) throw new Error(legacy.problem.message);
    expect(legacy.value.template.Outputs.ExportType).toEqual({ Description: 'Export type to choose on the connect form: 1, legacy CUR export.', Value: '1' });
  });

  it('leaves the bucket to be typed when it is not known yet', () => {
    const account = build(finopsForCloud, 'standalone');
    expect(account.template.Parameters?.BillingBucketName?.Default).toBeUndefined();
    expect(account.parameters).toEqual([expect.objectContaining({ name: 'BillingBucketName', noEcho: false })]);
  });

  it('defaults to the platform’s recommended authentication, a role', () => {
    expect(build(cloudyn, 'member').authMethod).toBe('assumedRole');
  });

  it.each([
    ['a bucket ARN', { bucketName: 'arn:aws:s3:::billing' }, 'invalid-bucket-name'],
    ['a role ARN as role name', { roleName: 'arn:aws:iam::111122223333:role/X' }, 'invalid-role-name'],
  ])('refuses %s with a message for the person', (_, values, code) => {
    const result = accountTemplate(finopsForCloud, 'management', { values });
    expect(result).toMatchObject({ ok: false, problem: { code } });
  });

  it('refuses an account type the platform does not connect', () => {
    const result = accountTemplate({ ...finopsForCloud, accountTypes: ['management', 'standalone'] }, 'member');
    expect(result).toMatchObject({ ok: false, problem: { code: 'account-type-not-supported' } });
  });
});
