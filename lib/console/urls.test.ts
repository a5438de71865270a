import { describe, expect, it } from 'vitest';
import { recognisePage, type PageMatch } from './pages';
import {
  dataExportsCreateUrl,
  dataExportsListUrl,
  iamCreateAccessKeyUrl,
  iamCreatePolicyUrl,
  iamCreateRoleUrl,
  iamCreateUserUrl,
  iamRoleUrl,
  iamUserSecurityCredentialsUrl,
  iamUserUrl,
  legacyCurReportsUrl,
  organizationsAccountsUrl,
  s3BucketPermissionsUrl,
  s3CreateBucketUrl,
  s3EditBucketPolicyUrl,
} from './urls';

const hashQuery = (link: string) => new URLSearchParams(new URL(link).hash.split('?')[1] ?? '');

describe('deep links land on the page they name', () => {
  it.each<[string, string, PageMatch]>([
    ['iamCreatePolicyUrl()', iamCreatePolicyUrl(), { page: 'iam-create-policy' }],
    ['iamCreatePolicyUrl(eu-west-1)', iamCreatePolicyUrl({ region: 'eu-west-1' }), { page: 'iam-create-policy', region: 'eu-west-1' }],
    ['iamCreateRoleUrl()', iamCreateRoleUrl(), { page: 'iam-create-role' }],
    [
      'iamCreateRoleUrl(prefilled)',
      iamCreateRoleUrl({ trustedAccountId: '432263259397', externalId: 'a+b=c,d.e@f:g/h-i' }),
      { page: 'iam-create-role' },
    ],
    ['iamRoleUrl', iamRoleUrl('FinOpsForCloudAccessRole'), { page: 'iam-role-details', roleName: 'FinOpsForCloudAccessRole' }],
    ['iamRoleUrl(special)', iamRoleUrl('billing+import=x,y.z@finops-1'), { page: 'iam-role-details', roleName: 'billing+import=x,y.z@finops-1' }],
    ['iamCreateUserUrl', iamCreateUserUrl(), { page: 'iam-create-user' }],
    ['iamUserUrl', iamUserUrl('FinOpsForCloudUser'), { page: 'iam-user-details', userName: 'FinOpsForCloudUser' }],
    [
      'iamUserSecurityCredentialsUrl',
      iamUserSecurityCredentialsUrl('finops.user@example.com'),
      { page: 'iam-user-security-credentials', userName: 'finops.user@example.com' },
    ],
    ['iamCreateAccessKeyUrl', iamCreateAccessKeyUrl('FinOpsForCloudUser'), { page: 'iam-create-access-key', userName: 'FinOpsForCloudUser' }],
    ['s3CreateBucketUrl()', s3CreateBucketUrl(), { page: 's3-create-bucket' }],
    ['s3CreateBucketUrl(region)', s3CreateBucketUrl('eu-central-1'), { page: 's3-create-bucket', region: 'eu-central-1' }],
    [
      's3BucketPermissionsUrl',
      s3BucketPermissionsUrl('billing-export-111122223333', 'eu-west-1'),
      { page: 's3-bucket-permissions', bucketName: 'billing-export-111122223333', region: 'eu-west-1' },
    ],
    ['s3BucketPermissionsUrl(no region)', s3BucketPermissionsUrl('billing.export'), { page: 's3-bucket-permissions', bucketName: 'billing.export' }],
    [
      's3EditBucketPolicyUrl',
      s3EditBucketPolicyUrl('billing-export-111122223333', 'us-west-2'),
      { page: 's3-edit-bucket-policy', bucketName: 'billing-export-111122223333', region: 'us-west-2' },
    ],
    ['dataExportsListUrl', dataExportsListUrl(), { page: 'data-exports-list', region: 'us-east-1' }],
    ['dataExportsCreateUrl', dataExportsCreateUrl(), { page: 'data-exports-create', region: 'us-east-1' }],
    ['legacyCurReportsUrl', legacyCurReportsUrl(), { page: 'legacy-cur-reports' }],
    ['organizationsAccountsUrl', organizationsAccountsUrl(), { page: 'organizations-accounts', region: 'us-east-1' }],
  ])('%s', (_name, link, expected) => {
    expect(new URL(link).protocol).toBe('https:');
    expect(recognisePage(link)).toEqual(expected);
  });
});

describe('iamCreateRoleUrl', () => {
  it('starts at the trusted entity step when nothing is known', () => {
    expect(iamCreateRoleUrl()).toBe('https://console.aws.amazon.com/iam/home#/roles/create?step=selectEntities');
  });

  it('prefills "Another AWS account" and "Require external ID"', () => {
    expect(iamCreateRoleUrl({ trustedAccountId: '432263259397', externalId: 'cloudyn-123' })).toBe(
      'https://console.aws.amazon.com/iam/home#/roles/create?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=432263259397&isThirdParty=true&externalId=cloudyn-123',
    );
  });

  it('leaves the external ID option alone without an external ID', () => {
    const query = hashQuery(iamCreateRoleUrl({ trustedAccountId: '654035049067' }));
    expect(Object.fromEntries(query)).toEqual({ step: 'type', trustedEntityType: 'AWS_ACCOUNT', awsAccount: '654035049067' });
  });

  it('carries every character an external ID may hold', () => {
    const externalId = 'a+b=c,d.e@f:g/h-i_j';
    expect(hashQuery(iamCreateRoleUrl({ externalId })).get('externalId')).toBe(externalId);
  });
});

describe('names are encoded, not spliced', () => {
  it('keeps a name that is not a single path segment from steering the link elsewhere', () => {
    expect(recognisePage(iamUserUrl('x/create-access-key'))).toBeUndefined();
    expect(recognisePage(s3EditBucketPolicyUrl('a/property/policy/edit?x='))).toBeUndefined();
    expect(new URL(iamRoleUrl('a#b?c')).hash).toBe('#/roles/details/a%23b%3Fc?section=permissions');
  });
});
