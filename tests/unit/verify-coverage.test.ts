// Uses @cloud-copilot/iam-simulate (AGPL, test-only): kept in tests/, never beside shipped code.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument, PolicyStatement } from '../../lib/policies/document';
import { actionMatches, checkCoverage, missingActions, resourceMatches, type RequiredAction } from '../../lib/verify/coverage';

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*'): PolicyStatement => ({ Effect: 'Allow', Action, Resource });

describe('actionMatches', () => {
  it.each([
    ['s3:GetObject', 's3:GetObject', true],
    ['S3:getobject', 's3:GetObject', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:*', 's3:GetObject', true],
    ['*', 's3:GetObject', true],
    ['s3:GetObjec?', 's3:GetObject', true],
    ['s3:Get?', 's3:GetObject', false],
    ['s3:Put*', 's3:GetObject', false],
    ['ec2:Describe*', 's3:DescribeJob', false],
    ['s3:Get.bject', 's3:GetObject', false], // regex characters are literal
  ])('%s vs %s → %s', (pattern, action, expected) => expect(actionMatches(pattern, action)).toBe(expected));
});

describe('resourceMatches', () => {
  it.each([
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/reports/x', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::BUCKET/*', 'arn:aws:s3:::bucket/x', false], // ARNs are case-sensitive
    ['arn:aws:s3:::buck?t', 'arn:aws:s3:::bucket', true],
    ['*', '*', true],
    ['arn:*', '*', false], // a required "*" means every resource
  ])('%s vs %s → %s', (pattern, resource, expected) => expect(resourceMatches(pattern, resource)).toBe(expected));
});

describe('missingActions', () => {
  const objects = 'arn:aws:s3:::bucket/*';
  const required: RequiredAction[] = [
    { action: 's3:GetObject', resource: objects },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket' },
    { action: 'ec2:DescribeInstances', resource: '*' },
  ];
  const cases: Array<[string, PolicyDocument[], string[]]> = [
    ['nothing granted', [], ['s3:GetObject', 's3:ListBucket', 'ec2:DescribeInstances']],
    ['all granted across two documents', [doc(allow('s3:GetObject', objects), allow('s3:ListBucket', 'arn:aws:s3:::bucket')), doc(allow('ec2:Describe*'))], []],
    ['object action on the bucket ARN grants nothing', [doc(allow(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::bucket'), allow('ec2:*'))], ['s3:GetObject']],
    ['Action "*" on "*"', [doc(allow('*'))], []],
    ['NotAction allows everything else', [doc({ Effect: 'Allow', NotAction: 's3:ListBucket', Resource: '*' })], ['s3:ListBucket']],
    ['NotResource excludes the bucket', [doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::bucket*' })], ['s3:GetObject', 's3:ListBucket']],
    ['explicit Deny on * wins', [doc(allow('*'), { Effect: 'Deny', Action: 'ec2:*', Resource: '*' })], ['ec2:DescribeInstances']],
    ['Deny on another bucket changes nothing', [doc(allow('*'), { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::other/*' })], []],
    ['single statement object', [{ Version: '2012-10-17', Statement: allow(['s3:*', 'ec2:DescribeInstances']) }], []],
  ];
  it.each(cases)('%s', (_name, documents, expected) => {
    expect(missingActions(required, documents).map((m) => m.action)).toEqual(expected);
  });

  it('says which statement denies an allowed action', () => {
    const [missing] = missingActions([{ action: 's3:GetObject', resource: objects }], [doc(allow('s3:*'), { Sid: 'NoReads', Effect: 'Deny', Action: 's3:Get*', Resource: '*' })]);
    expect(missing).toMatchObject({ action: 's3:GetObject', reason: 'denied', deniedBy: 'policy 1 (Sid NoReads)' });
  });

  it('counts conditional statements as granting, and notes the conditions', () => {
    const conditional: PolicyStatement = { Sid: 'OnlyFromOffice', ...allow('s3:GetObject', objects), Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } };
    const report = checkCoverage([{ action: 's3:GetObject', resource: objects }], [{ name: 'Billing', document: doc(conditional) }]);
    expect(report.missing).toEqual([]);
    expect(report.notes).toEqual(['Billing (Sid OnlyFromOffice) has conditions (IpAddress); they were assumed to hold.']);
  });

  it('notes a Deny that covers only some resources of a "*" requirement', () => {
    const report = checkCoverage([{ action: 'ec2:DescribeInstances', resource: '*' }], [{ name: 'P', document: doc(allow('ec2:*'), { Effect: 'Deny', Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/i-1' }) }]);
    expect(report.missing).toEqual([]);
    expect(report.notes[0]).toMatch(/denies ec2:DescribeInstances on some resources/);
  });
});

// The same verdicts as AWS's evaluation logic, as implemented by iam-simulate, for random
// condition-free policies: "nothing missing" exactly when the simulator says Allowed.
describe('agrees with the IAM policy simulator', () => {
  const requests: RequiredAction[] = [
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/reports/file.parquet' },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket' },
    { action: 'ec2:DescribeInstances', resource: '*' },
  ];
  const actionPatterns = ['s3:GetObject', 'S3:getobject', 's3:Get*', 's3:GetObjec?', 's3:*', '*', 's3:List*', 'ec2:Describe*', 'ec2:DescribeImages'];
  const resourcePatterns = ['*', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::buck*', 'arn:aws:s3:::other/*', 'arn:aws:s3:::bucket/reports/*'];
  const statement = fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      actions: fc.subarray(actionPatterns, { minLength: 1, maxLength: 3 }),
      notAction: fc.boolean(),
      resources: fc.subarray(resourcePatterns, { minLength: 1, maxLength: 2 }),
      notResource: fc.boolean(),
    })
    .map(({ effect, actions, notAction, resources, notResource }): PolicyStatement => ({
      Effect: effect,
      ...(notAction ? { NotAction: actions } : { Action: actions }),
      ...(notResource ? { NotResource: resources } : { Resource: resources }),
    }));

  it('on random policies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { minLength: 1, maxLength: 4 }), fc.constantFrom(...requests), async (statements, request) => {
        const document = doc(...statements);
        const simulation = await runSimulation(
          {
            identityPolicies: [{ name: 'p', policy: document }],
            serviceControlPolicies: [],
            resourceControlPolicies: [],
            request: { principal: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', action: request.action, resource: { resource: request.resource, accountId: '111122223333' }, contextVariables: {} },
          },
          {},
        );
        if (simulation.resultType === 'error') throw new Error(JSON.stringify(simulation.errors));
        const allowed = simulation.overallResult === 'Allowed';
        expect(missingActions([request], [document]).length === 0).toBe(allowed);
      }),
      { numRuns: 300 },
    );
  });
});
