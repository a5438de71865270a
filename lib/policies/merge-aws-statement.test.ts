import { describe, expect, it } from 'vitest';
import { finopsForCloud } from '../platforms';
import { statementsOf, type PolicyStatement } from './document';
import { mergeStatements } from './merge';
import { renderPolicy } from './render';
import { grantsAtLeast, grantsTheSame } from './statement-grants';
import { awsDocumentedDataExportsSid, statementIds } from './statement-ids';

// What the Data Exports console writes into a bucket (Configure S3 bucket, aws_configure_S3_bucket.png),
// and the merge of our rendered template into it.
const account = '111122223333';
const bucket = `billing-export-${account}`;
const rendered = renderPolicy('dataExportsBucketPolicy', finopsForCloud, { accountId: account, bucketName: bucket });
if (!rendered.ok) throw new Error(rendered.problem.message);
const ours = statementsOf(rendered.value.document);
const [delivery] = ours as [PolicyStatement];

const awsStatement: PolicyStatement = {
  Sid: awsDocumentedDataExportsSid,
  Effect: 'Allow',
  Principal: { Service: ['bcm-data-exports.amazonaws.com', 'billingreports.amazonaws.com'] },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'],
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: {
    StringLike: {
      'aws:SourceArn': [`arn:aws:bcm-data-exports:us-east-1:${account}:export/*`, `arn:aws:cur:us-east-1:${account}:definition/*`],
      'aws:SourceAccount': account,
    },
  },
};
const policyWith = (...statements: PolicyStatement[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const merge = (...statements: PolicyStatement[]) => {
  const merged = mergeStatements(policyWith(...statements), ours, 'bucket');
  if (!merged.ok) throw new Error(merged.problem.message);
  return merged.value;
};

describe("AWS's own Data Exports statement counts as ours", () => {
  it('adds nothing when the bucket holds the statement the console wrote', () => {
    const merged = merge(awsStatement);
    expect(merged.changes).toMatchObject({ added: [], replaced: [], unchanged: [statementIds.dataExportsDelivery] });
    expect(merged.document.Statement).toEqual([awsStatement]);
  });

  it.each<[string, PolicyStatement]>([
    ['SourceAccount as StringEquals', { ...awsStatement, Condition: { StringEquals: { 'aws:SourceAccount': account }, StringLike: { 'aws:SourceArn': (awsStatement.Condition!.StringLike as Record<string, string[]>)['aws:SourceArn']! } } }],
    ['SourceArn as ArnLike', { ...awsStatement, Condition: { StringLike: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': (awsStatement.Condition!.StringLike as Record<string, string[]>)['aws:SourceArn']! } } }],
    ['actions in another case', { ...awsStatement, Action: ['S3:PutObject', 's3:getbucketpolicy'] }],
    ['one service per list item, the bucket ARN as a string list', { ...awsStatement, Resource: [`arn:aws:s3:::${bucket}/*`, `arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}`] }],
  ])('and a statement under any Sid granting the same, written with %s', (_, variant) => {
    expect(merge(variant).changes.added).toEqual([]);
    expect(merge({ ...variant, Sid: 'BillingDelivery' }).changes).toMatchObject({ added: [], replaced: [], unchanged: [statementIds.dataExportsDelivery] });
  });

  it("replaces AWS's statement in place when it grants something else, and adds no second one", () => {
    const onlyDataExports: PolicyStatement = { ...awsStatement, Principal: { Service: 'bcm-data-exports.amazonaws.com' } };
    const merged = merge(onlyDataExports);
    expect(merged.changes).toMatchObject({ added: [], replaced: [statementIds.dataExportsDelivery] });
    expect(statementsOf(merged.document)).toEqual([delivery]);
    // And the result merges to nothing.
    const again = mergeStatements(merged.text, ours, 'bucket');
    expect(again.ok && again.value.changes.added.length + again.value.changes.replaced.length).toBe(0);
  });

  it('still adds ours next to a statement that grants more or less under another Sid', () => {
    const wider: PolicyStatement = { ...awsStatement, Sid: 'Wider', Action: 's3:*' };
    const narrower: PolicyStatement = { ...awsStatement, Sid: 'Narrower', Action: 's3:PutObject' };
    expect(merge(wider).changes.added).toEqual([statementIds.dataExportsDelivery]);
    expect(merge(narrower).changes.added).toEqual([statementIds.dataExportsDelivery]);
  });
});

describe('grantsAtLeast', () => {
  it('reads wildcards and conditions as IAM does', () => {
    expect(grantsAtLeast({ ...awsStatement, Action: 's3:*' }, delivery)).toBe(true);
    expect(grantsAtLeast({ ...awsStatement, Condition: undefined }, delivery)).toBe(true);
    expect(grantsAtLeast(delivery, { ...awsStatement, Condition: undefined })).toBe(false);
    expect(grantsAtLeast({ ...awsStatement, Condition: { StringLike: { 'aws:SourceAccount': '444455556666' } } }, delivery)).toBe(false);
    expect(grantsAtLeast({ ...awsStatement, Resource: `arn:aws:s3:::${bucket}*` }, delivery)).toBe(true);
    expect(grantsAtLeast({ ...awsStatement, Resource: `arn:aws:s3:::other-bucket/*` }, delivery)).toBe(false);
  });

  it('never counts a Deny, a NotAction or an operator it cannot read', () => {
    expect(grantsTheSame({ ...awsStatement, Effect: 'Deny' }, { ...delivery, Effect: 'Deny' })).toBe(false);
    expect(grantsAtLeast({ Effect: 'Allow', Principal: '*', NotAction: 's3:DeleteObject', Resource: '*' }, delivery)).toBe(false);
    expect(grantsAtLeast({ ...awsStatement, Condition: { ForAnyValue: { 'aws:SourceAccount': account } } as never }, delivery)).toBe(false);
  });
});
