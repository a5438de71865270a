import { describe, expect, it } from 'vitest';
import type { PolicyDocument, PolicyStatement } from '../policies/document';
import { checkBucketPolicy } from './bucket-policy-check';

const ACCOUNT = '111122223333';
const BUCKET = 'billing-export-111122223333';
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

/** AWS's documented Data Exports statement, with parts replaceable. */
const awsStatement = (overrides: Partial<PolicyStatement> = {}, account = ACCOUNT): PolicyStatement => ({
  Sid: 'EnableAWSDataExportsToWriteToS3AndCheckPolicy',
  Effect: 'Allow',
  Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'],
  Resource: [`arn:aws:s3:::${BUCKET}/*`, `arn:aws:s3:::${BUCKET}`],
  Condition: {
    StringLike: {
      'aws:SourceAccount': account,
      'aws:SourceArn': [`arn:aws:cur:us-east-1:${account}:definition/*`, `arn:aws:bcm-data-exports:us-east-1:${account}:export/*`],
    },
  },
  ...overrides,
});

describe('checkBucketPolicy', () => {
  const cases: Array<[string, PolicyDocument, 1 | 2, 'pass' | 'warn' | 'fail', RegExp]> = [
    ["AWS's documented policy", policy(awsStatement()), 2, 'pass', /lets bcm-data-exports.amazonaws.com deliver exports of account 111122223333/],
    ["AWS's documented policy, legacy CUR", policy(awsStatement()), 1, 'pass', /billingreports.amazonaws.com/],
    ['one specific export ARN, StringEquals', policy(awsStatement({ Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/billing-111122223333-9f8e` } } })), 2, 'pass', /deliver/],
    ['wrong account', policy(awsStatement({}, '999988887777')), 2, 'fail', /aws:SourceAccount is 999988887777, but the export belongs to account 111122223333/],
    ['bucket resource only', policy(awsStatement({ Resource: `arn:aws:s3:::${BUCKET}` })), 2, 'fail', /doesn't cover arn:aws:s3:::billing-export-111122223333\/\*/],
    ['another bucket', policy(awsStatement({ Resource: 'arn:aws:s3:::some-other-bucket/*' })), 2, 'fail', /doesn't cover/],
    ['missing service', policy(awsStatement({ Principal: { Service: 'billingreports.amazonaws.com' } })), 2, 'fail', /No statement lets bcm-data-exports.amazonaws.com write/],
    ['legacy CUR service missing', policy(awsStatement({ Principal: { Service: 'bcm-data-exports.amazonaws.com' } })), 1, 'fail', /No statement lets billingreports.amazonaws.com/],
    ['no PutObject', policy(awsStatement({ Action: 's3:GetBucketPolicy' })), 2, 'fail', /don't include s3:PutObject/],
    ['SourceArn of another region', policy(awsStatement({ Condition: { StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': `arn:aws:bcm-data-exports:eu-west-1:${ACCOUNT}:export/*` } } })), 2, 'fail', /aws:SourceArn .* doesn't match arn:aws:bcm-data-exports:us-east-1:111122223333:export\/\*/],
    ['no conditions', policy(awsStatement({ Condition: undefined })), 2, 'warn', /no aws:SourceAccount \/ aws:SourceArn condition/],
    ['PutObject only (no GetBucketPolicy)', policy(awsStatement({ Action: 's3:PutObject' })), 2, 'warn', /can't s3:GetBucketPolicy/],
    ['unconditional Deny', policy(awsStatement(), { Sid: 'NoWrites', Effect: 'Deny', Principal: '*', Action: 's3:Put*', Resource: `arn:aws:s3:::${BUCKET}/*` }), 2, 'fail', /Deny statement \(Sid NoWrites\)/],
    ['conditional Deny (TLS only) is fine', policy(awsStatement(), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::${BUCKET}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), 2, 'pass', /deliver/],
    ['empty policy', policy(), 2, 'fail', /No statement/],
  ];
  it.each(cases)('%s', (_name, document, curVersion, status, detail) => {
    const verdict = checkBucketPolicy(document, { bucket: BUCKET, accountId: ACCOUNT, curVersion });
    expect(verdict.status).toBe(status);
    expect(verdict.detail).toMatch(detail);
  });
});
