import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finopsForCloud } from '../platforms';
import { parseValue } from '../values';
import { bucketNameAllowedPattern, externalIdAllowedPattern, parameterisedPolicy, parameterSpecs } from './stack-parameters';

// CloudFormation matches AllowedPattern against the whole value.
const bucketPattern = new RegExp(`^(?:${bucketNameAllowedPattern})$`);
const { MinLength: externalIdMin = 0, MaxLength: externalIdMax = Infinity } = parameterSpecs.externalId.definition(finopsForCloud);
const stackAcceptsExternalId = (value: string) => new RegExp(`^(?:${externalIdAllowedPattern})$`).test(value) && value.length >= externalIdMin && value.length <= externalIdMax;

// What the console path accepts; values that only pass after trimming don't count, CloudFormation doesn't trim.
const consoleAccepts = (kind: 'bucketName' | 'externalId', value: string) => {
  const parsed = parseValue(kind, value);
  return parsed.ok && parsed.value === value;
};

/** Strings built mostly from bucket-name characters, seeded with the shapes the rules are about. */
const bucketLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcz0129.-'), minLength: 0, maxLength: 70 }),
  fc.string({ unit: fc.constantFrom(...'abcz0129.-A_ /:'), minLength: 0, maxLength: 12 }),
  fc.tuple(fc.constantFrom('xn--', 'sthree-', 'amzn-s3-demo-', '', 'a'), fc.string({ unit: fc.constantFrom(...'ab1.-'), maxLength: 8 }), fc.constantFrom('-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3', '', '1')).map((parts) => parts.join('')),
  fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999), fc.nat(999)).map((parts) => parts.join('.')),
);

describe('the BillingBucketName parameter', () => {
  it.each([
    ['billing-export-111122223333', true],
    ['cost.reports-eu', true],
    ['abc', true],
    ['ab', false],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['Billing-Export', false],
    ['billing_export', false],
    ['-billing', false],
    ['billing.', false],
    ['billing..export', false],
    ['192.168.5.4', false],
    ['192.168.5.4a', true],
    ['xn--billing', false],
    ['sthree-billing', false],
    ['amzn-s3-demo-billing', false],
    ['billing-s3alias', false],
    ['billing--ol-s3', false],
    ['billing.mrap', false],
    ['billing--x-s3', false],
    ['billing--table-s3', false],
    ['s3://billing', false],
  ])('%s: allowed %s, as the console path decides', (value, allowed) => {
    expect(bucketPattern.test(value)).toBe(allowed);
    expect(consoleAccepts('bucketName', value)).toBe(allowed);
  });

  it('accepts exactly the bucket names the console path accepts', () => {
    fc.assert(
      fc.property(bucketLike, (value) => bucketPattern.test(value) === consoleAccepts('bucketName', value)),
      { numRuns: 5000 },
    );
  });
});

describe('the ExternalId parameter', () => {
  it('accepts exactly the External IDs the console path accepts', () => {
    const externalIdLike = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ09_+=,.@:/-'), minLength: 0, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...'aZ09_+=,.@:/- #$"\\é'), minLength: 0, maxLength: 20 }),
      fc.integer({ min: 1220, max: 1230 }).map((length) => 'x'.repeat(length)),
    );
    fc.assert(
      fc.property(externalIdLike, (value) => stackAcceptsExternalId(value) === consoleAccepts('externalId', value)),
      { numRuns: 3000 },
    );
  });

  it('is hidden by CloudFormation', () => {
    expect(parameterSpecs.externalId.definition(finopsForCloud).NoEcho).toBe(true);
  });
});

describe('parameterisedPolicy', () => {
  it('puts the parameter where the console path puts the value, and only there', () => {
    const policy = parameterisedPolicy('billingImportPolicy', finopsForCloud, ['bucketName']);
    expect(policy).toMatchObject({ ok: true, value: { parameters: ['bucketName'] } });
    const text = JSON.stringify(policy.ok && policy.value.document);
    expect(text).toContain('{"Fn::Sub":"arn:aws:s3:::${BillingBucketName}/*"}');
    expect(text).toContain('{"Fn::Sub":"arn:aws:s3:::${BillingBucketName}"}');
    expect(text).not.toContain(parameterSpecs.bucketName.standIn);
  });

  it('refuses a template whose values a stack does not ask for', () => {
    expect(parameterisedPolicy('dataExportsBucketPolicy', finopsForCloud, ['bucketName'])).toMatchObject({ ok: false, problem: { code: 'template-not-parameterised' } });
  });

  it('passes on why the console path would refuse the policy', () => {
    expect(parameterisedPolicy('trustPolicy', finopsForCloud, ['externalId'])).toMatchObject({ ok: false, problem: { code: 'external-id-unsupported' } });
  });
});
