import { describe, expect, it } from 'vitest';
import {
  accessKeyIdKind,
  formatAccountIdForDisplay,
  normaliseExportPathPrefix,
  parseRoleArnParts,
  parseUserArnParts,
  parseValue,
  roleArnPartsSchema,
  suggestBucketName,
} from './index';

describe('suggestBucketName', () => {
  it.each([
    ['Billing_Export_111122223333', 'billing-export-111122223333'],
    ['  My Billing Bucket ', 'my-billing-bucket'],
    ['-billing-', 'billing'],
    ['billing..export', 'billing.export'],
    ['b'.repeat(70), 'b'.repeat(63)],
  ])('%s → %s', (input, expected) => {
    expect(suggestBucketName(input)).toBe(expected);
    // The suggestion itself must be accepted, or offering it would be a trap.
    expect(parseValue('bucketName', expected)).toEqual({ ok: true, value: expected });
  });

  it.each(['billing-export-111122223333', 'xn--billing', '192.168.5.4', '__'])('offers nothing for %s', (input) => {
    expect(suggestBucketName(input)).toBeUndefined();
  });
});

describe('IAM ARNs', () => {
  it('parses account, path and name out of a role ARN', () => {
    const parsed = roleArnPartsSchema.safeParse('arn:aws:iam::111122223333:role/finops/FinOpsForCloudAccessRole');
    expect(parsed.success && parsed.data).toEqual({
      arn: 'arn:aws:iam::111122223333:role/finops/FinOpsForCloudAccessRole',
      partition: 'aws',
      accountId: '111122223333',
      path: '/finops/',
      name: 'FinOpsForCloudAccessRole',
    });
  });

  it('parses a user ARN without a path', () => {
    expect(parseUserArnParts('arn:aws:iam::111122223333:user/FinOpsForCloudUser')).toMatchObject({ accountId: '111122223333', path: '/', name: 'FinOpsForCloudUser' });
  });

  it('tells roles and users apart', () => {
    expect(parseRoleArnParts('arn:aws:iam::111122223333:user/FinOpsForCloudUser')).toBeUndefined();
    expect(parseUserArnParts('arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole')).toBeUndefined();
  });
});

describe('small helpers', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', 'long-term'],
    ['ASIAIOSFODNN7EXAMPLE', 'temporary'],
    ['AIDAIOSFODNN7EXAMPLE', undefined],
  ])('access key %s is %s', (id, kind) => {
    expect(accessKeyIdKind(id)).toBe(kind);
  });

  it('shows account IDs the way the console does', () => {
    expect(formatAccountIdForDisplay('111122223333')).toBe('1111-2222-3333');
    expect(formatAccountIdForDisplay('not-an-id')).toBe('not-an-id');
  });

  it.each([
    ['s3://bucket/reports/', 'reports'],
    ['//a/b//', 'a/b'],
    ['reports', 'reports'],
  ])('normalises the prefix %s to %s', (input, expected) => {
    expect(normaliseExportPathPrefix(input)).toBe(expected);
  });
});
