import { describe, expect, it } from 'vitest';
import {
  consoleSessionAccountFromHost,
  isIamRoleDetails,
  isS3EditBucketPolicy,
  lookAlikeExamples,
  pageExamples,
  pageIds,
  pageTitle,
  recognisePage,
  type PageMatch,
} from './pages';

const allExamples = pageExamples.flatMap(({ page, examples }) => examples.map((example) => ({ page, example })));

describe('page examples', () => {
  it('every page has examples', () => {
    expect(new Set(pageExamples.map(({ page }) => page))).toEqual(new Set(pageIds));
    for (const { examples } of pageExamples) expect(examples.length).toBeGreaterThan(0);
  });

  it.each(allExamples)('$example matches $page and no other page', ({ page, example }) => {
    const url = new URL(example);
    const matching = pageExamples.filter(({ detect }) => detect(url)).map(({ page: id }) => id);
    expect(matching).toEqual([page]);
    expect(recognisePage(url)?.page).toBe(page);
  });

  it.each(lookAlikeExamples)('%s matches no page', (example) => {
    const url = new URL(example);
    expect(pageExamples.filter(({ detect }) => detect(url)).map(({ page }) => page)).toEqual([]);
    expect(recognisePage(url)).toBeUndefined();
  });
});

describe('recognisePage', () => {
  it.each<[string, PageMatch]>([
    [
      'https://us-east-1.console.aws.amazon.com/iam/home?region=eu-west-1#/roles/details/FinOpsForCloudAccessRole?section=permissions',
      { page: 'iam-role-details', roleName: 'FinOpsForCloudAccessRole', region: 'eu-west-1' },
    ],
    [
      'https://console.aws.amazon.com/iam/home#/roles/details/billing%2Bimport%40finops/',
      { page: 'iam-role-details', roleName: 'billing+import@finops' },
    ],
    [
      'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iam/home#/policies/create?step=addPermissions',
      { page: 'iam-create-policy', region: 'us-east-1' },
    ],
    [
      'https://console.aws.amazon.com/iamv2/home#/users/details/finops.user%40example.com?section=security_credentials&region=ap-southeast-2',
      { page: 'iam-user-security-credentials', userName: 'finops.user@example.com', region: 'ap-southeast-2' },
    ],
    [
      'https://console.aws.amazon.com/iam/home#/users/details/FinOpsForCloudUser/create-access-key',
      { page: 'iam-create-access-key', userName: 'FinOpsForCloudUser' },
    ],
    [
      'https://s3.console.aws.amazon.com/s3/buckets/billing-export-111122223333?region=eu-west-1&tab=permissions',
      { page: 's3-bucket-permissions', bucketName: 'billing-export-111122223333', region: 'eu-west-1' },
    ],
    [
      'https://s3.console.aws.amazon.com/s3/bucket/billing.export.data/property/policy/edit',
      { page: 's3-edit-bucket-policy', bucketName: 'billing.export.data' },
    ],
    [
      'https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details/billing-111122223333',
      { page: 'data-exports-details', exportName: 'billing-111122223333', region: 'us-east-1' },
    ],
    [
      'https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports/edit/cur2.0_(hourly)',
      { page: 'data-exports-details', exportName: 'cur2.0_(hourly)' },
    ],
    [
      // A route shape we have not seen: still the details page, but no name is invented.
      'https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details/arn%3Aaws%3Abcm-data-exports%3Aus-east-1%3A111122223333%3Aexport%2Fx',
      { page: 'data-exports-details' },
    ],
    ['https://console.aws.amazon.com/costmanagement/home?region=not-a-region#/bcm-data-exports', { page: 'data-exports-list' }],
  ])('%s', (url, expected) => {
    expect(recognisePage(url)).toEqual(expected);
  });

  it('accepts strings and rejects what is not a URL', () => {
    expect(recognisePage('https://console.aws.amazon.com/iam/home#/users/create')?.page).toBe('iam-create-user');
    expect(recognisePage('not a url')).toBeUndefined();
  });
});

describe('detectors', () => {
  it('are plain functions of a URL', () => {
    expect(isS3EditBucketPolicy(new URL('https://s3.console.aws.amazon.com/s3/bucket/b-1/property/policy/edit'))).toBe(true);
    expect(isIamRoleDetails(new URL('https://s3.console.aws.amazon.com/s3/bucket/b-1/property/policy/edit'))).toBe(false);
  });

  it('refuse names AWS would not allow', () => {
    const tooLong = 'r'.repeat(65);
    expect(isIamRoleDetails(new URL(`https://console.aws.amazon.com/iam/home#/roles/details/${tooLong}`))).toBe(false);
    expect(isIamRoleDetails(new URL(`https://console.aws.amazon.com/iam/home#/roles/details/${tooLong.slice(1)}`))).toBe(true);
  });
});

describe('consoleSessionAccountFromHost', () => {
  it.each([
    ['https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iam/home', '111122223333'],
    ['https://012345678901-x9y8z7w6.console.aws.amazon.com/console/home', '012345678901'],
    ['https://111122223333-abcd1234.s3.console.aws.amazon.com/s3/buckets', '111122223333'],
    ['https://us-east-1.console.aws.amazon.com/iam/home', undefined],
    ['https://console.aws.amazon.com/iam/home', undefined],
    ['https://11112222333-abcd1234.us-east-1.console.aws.amazon.com/iam/home', undefined],
    ['https://111122223333-abcd1234.us-east-1.console.aws.amazon.com.evil.example/', undefined],
  ])('%s → %s', (url, accountId) => {
    expect(consoleSessionAccountFromHost(new URL(url))).toBe(accountId);
  });
});

describe('pageTitle', () => {
  it('names pages as the console does', () => {
    expect(pageTitle('s3-edit-bucket-policy')).toBe('Edit bucket policy');
    expect(pageTitle('iam-create-role')).toBe('Create role');
    expect(pageTitle('organizations-accounts')).toBe('AWS accounts');
  });
});
