// @cloud-copilot/iam-simulate is AGPL: imported only in tests/, never beside shipped code.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from '../../lib/policies/document';
import { grantsTheSame } from '../../lib/policies/statement-grants';

// The merge skips ours when a statement "grants the same"; the simulator checks that such statements
// really decide every delivery request alike, and that one said to differ really does.
const account = '111122223333';
const other = '444455556666';
const bucket = `billing-export-${account}`;
const arns = (id: string) => [`arn:aws:cur:us-east-1:${id}:definition/*`, `arn:aws:bcm-data-exports:us-east-1:${id}:export/*`];

const ours: PolicyStatement = {
  Sid: 'FinOpsDataExportsDelivery',
  Effect: 'Allow',
  Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'],
  Resource: [`arn:aws:s3:::${bucket}/*`, `arn:aws:s3:::${bucket}`],
  Condition: { StringLike: { 'aws:SourceAccount': account, 'aws:SourceArn': arns(account) } },
};

const sameGrants: [string, PolicyStatement][] = [
  ['AWS Sid, lists reordered', { ...ours, Sid: 'EnableAWSDataExportsToWriteToS3AndCheckPolicy', Action: ['s3:GetBucketPolicy', 's3:PutObject'], Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`] }],
  ['StringEquals on the account', { ...ours, Condition: { StringEquals: { 'aws:SourceAccount': account }, StringLike: { 'aws:SourceArn': arns(account) } } }],
  ['ArnLike on the source', { ...ours, Condition: { StringLike: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': arns(account) } } }],
  ['actions in another case', { ...ours, Action: ['S3:PUTOBJECT', 's3:getBucketPolicy'] }],
];
const otherGrants: [string, PolicyStatement][] = [
  ['another account', { ...ours, Condition: { StringLike: { 'aws:SourceAccount': other, 'aws:SourceArn': arns(other) } } }],
  ['no source check', Object.fromEntries(Object.entries(ours).filter(([key]) => key !== 'Condition')) as unknown as PolicyStatement],
  ['Data Exports only', { ...ours, Principal: { Service: 'bcm-data-exports.amazonaws.com' } }],
];

const requests = ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com', 'cloudtrail.amazonaws.com'].flatMap((service) =>
  [account, other].flatMap((sourceAccount) =>
    [...arns(account), ...arns(other)].map((pattern) => pattern.replace('*', 'report-1')).flatMap((sourceArn) =>
      [
        ['s3:PutObject', `arn:aws:s3:::${bucket}/reports/billing/data/part-0.parquet`],
        ['s3:GetBucketPolicy', `arn:aws:s3:::${bucket}`],
      ].map(([action, resource]) => ({ service, sourceAccount, sourceArn, action: action!, resource: resource! })),
    ),
  ),
);

const decisions = async (statement: PolicyStatement) =>
  Promise.all(
    requests.map(async (request) => {
      const result = await runSimulation(
        {
          identityPolicies: [],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          resourcePolicy: { Version: '2012-10-17', Statement: [statement] },
          request: {
            principal: request.service,
            action: request.action,
            resource: { resource: request.resource, accountId: account },
            contextVariables: { 'aws:SourceAccount': request.sourceAccount, 'aws:SourceArn': request.sourceArn },
          },
        },
        {},
      );
      if (result.resultType === 'error') throw new Error(result.errors.message);
      return result.overallResult;
    }),
  );

describe('statements the merge counts as granting the same', () => {
  it.each(sameGrants)('%s: every delivery request is decided as for ours', async (_, statement) => {
    expect(grantsTheSame(statement, ours)).toBe(true);
    expect(await decisions(statement)).toEqual(await decisions(ours));
  });

  it.each(otherGrants)('%s: said to differ, and some request is decided differently', async (_, statement) => {
    expect(grantsTheSame(statement, ours)).toBe(false);
    expect(await decisions(statement)).not.toEqual(await decisions(ours));
  });
});
