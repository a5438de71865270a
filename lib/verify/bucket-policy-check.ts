/**
 * Does a bucket policy let AWS deliver the billing export into the bucket?
 *
 * Required: an Allow statement whose Principal names the delivery service
 * (`bcm-data-exports.amazonaws.com` for CUR 2.0 Data Exports, `billingreports.amazonaws.com` for
 * legacy CUR), whose actions cover `s3:PutObject` on `arn:aws:s3:::BUCKET/*`, and whose
 * `aws:SourceAccount` / `aws:SourceArn` conditions, if present, name this account (a condition
 * naming another account makes AWS refuse the delivery). Without those conditions the delivery
 * works but any account's exports could write into the bucket: that is a warning.
 * AWS's documented policy also lets the service read the bucket policy (s3:GetBucketPolicy);
 * missing that is a warning. Unconditional Deny statements that block the delivery fail.
 */
import { statementsOf, type PolicyDocument, type PolicyStatement } from '../policies/document';
import { listOf, resourceMatches, statementCoversAction, statementCoversResource } from './coverage';
import { conditionValues, type Verdict } from './checks';

export interface BucketPolicyExpectation {
  bucket: string;
  /** The account that owns the Data Export (its ARN is the SourceArn). */
  accountId: string;
  /** 2 = CUR 2.0 Data Export (default), 1 = legacy CUR. */
  curVersion?: 1 | 2;
}

const deliveryOf = (curVersion: 1 | 2, accountId: string) =>
  curVersion === 1
    ? { service: 'billingreports.amazonaws.com', sourceArn: `arn:aws:cur:us-east-1:${accountId}:definition/*` }
    : { service: 'bcm-data-exports.amazonaws.com', sourceArn: `arn:aws:bcm-data-exports:us-east-1:${accountId}:export/*` };

const namesService = (statement: PolicyStatement, service: string) =>
  statement.Principal === '*' || listOf(statement.Principal?.Service).some((s) => s.toLowerCase() === service);

/** A SourceArn value is fine if it covers all of this account's exports, or names one of them. */
const sourceArnFits = (value: string, expected: string) =>
  resourceMatches(value, expected) || value.startsWith(expected.slice(0, -1));

function problemsWith(statement: PolicyStatement, expected: BucketPolicyExpectation, service: string, sourceArn: string): string[] {
  const objects = `arn:aws:s3:::${expected.bucket}/*`;
  const problems: string[] = [];
  if (!namesService(statement, service)) problems.push(`its Principal doesn't name the service ${service}`);
  if (!statementCoversAction(statement, 's3:PutObject')) problems.push(`its actions don't include s3:PutObject`);
  if (!statementCoversResource(statement, objects)) {
    problems.push(`its Resource (${listOf(statement.Resource).join(', ') || 'none'}) doesn't cover ${objects}`);
  }
  const accounts = conditionValues(statement, 'aws:SourceAccount');
  if (accounts.length > 0 && !accounts.some((account) => resourceMatches(account, expected.accountId))) {
    problems.push(`its aws:SourceAccount is ${accounts.join(', ')}, but the export belongs to account ${expected.accountId}`);
  }
  const arns = conditionValues(statement, 'aws:SourceArn');
  if (arns.length > 0 && !arns.some((arn) => sourceArnFits(arn, sourceArn))) {
    problems.push(`its aws:SourceArn (${arns.join(', ')}) doesn't match ${sourceArn}`);
  }
  return problems;
}

export function checkBucketPolicy(bucketPolicy: PolicyDocument, expected: BucketPolicyExpectation): Verdict {
  const { service, sourceArn } = deliveryOf(expected.curVersion ?? 2, expected.accountId);
  const objects = `arn:aws:s3:::${expected.bucket}/*`;
  const statements = statementsOf(bucketPolicy);

  const blocking = statements.find(
    (s) => s.Effect === 'Deny' && !s.Condition && namesService(s, service) && statementCoversAction(s, 's3:PutObject') && statementCoversResource(s, objects),
  );
  if (blocking) {
    return { status: 'fail', detail: `A Deny statement${blocking.Sid ? ` (Sid ${blocking.Sid})` : ''} blocks ${service} from writing to ${objects}. Remove it or narrow it.` };
  }

  const candidates = statements
    .filter((s) => s.Effect === 'Allow')
    .map((statement) => ({ statement, problems: problemsWith(statement, expected, service, sourceArn) }))
    .sort((a, b) => a.problems.length - b.problems.length);
  const good = candidates.find((c) => c.problems.length === 0);

  if (!good) {
    const closest = candidates.find((c) => namesService(c.statement, service));
    if (!closest) {
      return {
        status: 'fail',
        detail: `No statement lets ${service} write the export into ${expected.bucket}. Add AWS's Data Exports statement: Principal {"Service": "${service}"}, Action s3:PutObject on ${objects}, with aws:SourceAccount ${expected.accountId} and aws:SourceArn ${sourceArn}.`,
      };
    }
    const name = closest.statement.Sid ? `Statement ${closest.statement.Sid}` : `The statement for ${service}`;
    return { status: 'fail', detail: `${name} won't let AWS deliver the export: ${closest.problems.join('; ')}. Fix it, or replace it with AWS's Data Exports statement.` };
  }

  const warnings: string[] = [];
  if (conditionValues(good.statement, 'aws:SourceAccount').length === 0 && conditionValues(good.statement, 'aws:SourceArn').length === 0) {
    warnings.push(`it has no aws:SourceAccount / aws:SourceArn condition, so any account's exports could write into this bucket: add aws:SourceAccount ${expected.accountId}`);
  }
  const bucketArn = `arn:aws:s3:::${expected.bucket}`;
  const canReadPolicy = statements.some(
    (s) => s.Effect === 'Allow' && namesService(s, service) && statementCoversAction(s, 's3:GetBucketPolicy') && statementCoversResource(s, bucketArn),
  );
  if (!canReadPolicy) {
    warnings.push(`${service} can't s3:GetBucketPolicy on ${bucketArn}, which AWS's documented policy grants so the service can check the bucket`);
  }
  if (warnings.length > 0) return { status: 'warn', detail: `The bucket policy lets ${service} deliver the export, but ${warnings.join('; and ')}.` };
  return { status: 'pass', detail: `The bucket policy lets ${service} deliver exports of account ${expected.accountId} into ${expected.bucket}.` };
}
