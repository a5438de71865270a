import { describe, expect, it } from 'vitest';
import { deliveryPrefixes, exportDataFiles } from './delivery';
import { classifyAwsError } from './aws-errors';

describe('deliveryPrefixes', () => {
  it.each([
    ['reports', 'billing-1', ['reports/billing-1/']],
    ['reports/', 'billing-1', ['reports/billing-1/']],
    ['a/b/reports', 'billing-1', ['a/b/reports/billing-1/', 'a/b/billing-1/']],
  ])('%s + %s', (prefix, name, expected) => expect(deliveryPrefixes(prefix, name)).toEqual(expected));
});

describe('exportDataFiles', () => {
  const base = 'reports/billing-1/';
  it.each([
    [`${base}data/BILLING_PERIOD=2025-01/billing-1-00001.snappy.parquet`, true],
    [`${base}data/BILLING_PERIOD=2025-01/billing-1-00001.csv.gz`, true],
    [`${base}20250101-20250201/billing-1-00001.csv.gz`, true],
    [`${base}20250101-20250201/20250102T000000Z/billing-1-00001.csv.zip`, true],
    [`${base}20250101-20250201/5c1f8e4b-9a3d-4e6f-8b2a-0d7c3e1f9a64/billing-1-00001.csv.gz`, true],
    [`${base}20250101-20250201/billing-1-Manifest.json`, false],
    [`${base}20250101-20250201/5c1f8e4b-9a3d-4e6f-8b2a-0d7c3e1f9a64/billing-1-Manifest.json`, false],
    [`${base}2025-01/billing-1-00001.csv.gz`, false],
    [`${base}billing-1/year=2025/month=1/billing-1-00001.snappy.parquet`, true],
    [`${base}metadata/BILLING_PERIOD=2025-01/billing-1-Manifest.json`, false],
    [`${base}data/BILLING_PERIOD=2025-01/other-export-00001.snappy.parquet`, false],
    ['elsewhere/billing-1/data/BILLING_PERIOD=2025-01/billing-1-00001.snappy.parquet', false],
  ])('%s → %s', (key, isData) => expect(exportDataFiles([key], base, 'billing-1')).toEqual(isData ? [key] : []));
});

describe('classifyAwsError', () => {
  const sdkError = (name: string, status: number, message = '') => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it.each([
    [sdkError('InvalidClientTokenId', 403), { kind: 'invalid-key' }],
    [sdkError('SignatureDoesNotMatch', 403), { kind: 'invalid-key' }],
    [sdkError('ExpiredToken', 403), { kind: 'expired-key' }],
    [sdkError('AccessDenied', 403, 'User: arn:aws:iam::1:user/u is not authorized to perform: iam:GetRole on resource: role R'), { kind: 'access-denied', deniedAction: 'iam:GetRole' }],
    [sdkError('NoSuchEntityException', 404), { kind: 'no-such-entity' }],
    [sdkError('NoSuchBucketPolicy', 404), { kind: 'no-bucket-policy' }],
    [sdkError('Throttling', 400), { kind: 'throttled' }],
    [sdkError('Forbidden', 403), { kind: 'access-denied' }],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), { kind: 'offline', code: 'ECONNREFUSED' }],
    [new TypeError('Failed to fetch'), { kind: 'offline', code: 'TypeError' }],
    [sdkError('InternalError', 500), { kind: 'other', code: 'InternalError' }],
    ['not even an error', { kind: 'other', code: 'UnknownError' }],
  ])('%#: %s', (error, expected) => expect(classifyAwsError(error)).toMatchObject(expected));
});
