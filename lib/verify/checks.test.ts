import { describe, expect, it } from 'vitest';
import type { PolicyDocument, PolicyStatement } from '../policies/document';
import { checkTrustPolicy, parsePolicyText } from './checks';

const PLATFORM = 'arn:aws:iam::654035049067:user/ffc-service-user';
const trust = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const assume = (AWS: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole', ...extra });
const externalIdIs = (id: string) => ({ Condition: { StringEquals: { 'sts:ExternalId': id } } });

describe('checkTrustPolicy', () => {
  const cases: Array<[string, PolicyDocument, { trustedPrincipal: string; externalId?: string }, 'pass' | 'warn' | 'fail', RegExp]> = [
    ['names the platform user', trust(assume(PLATFORM)), { trustedPrincipal: PLATFORM }, 'pass', /lets arn:aws:iam::654035049067:user\/ffc-service-user assume/],
    ['principal in a list, action by wildcard', trust({ ...assume(['arn:aws:iam::111111111111:root', PLATFORM]), Action: 'sts:Assume*' }), { trustedPrincipal: PLATFORM }, 'pass', /assume this role/],
    ['another principal', trust(assume('arn:aws:iam::111111111111:user/someone')), { trustedPrincipal: PLATFORM }, 'fail', /doesn't let .*ffc-service-user.* \(it trusts arn:aws:iam::111111111111:user\/someone\)/],
    ['right principal, wrong action', trust({ ...assume(PLATFORM), Action: 'sts:TagSession' }), { trustedPrincipal: PLATFORM }, 'fail', /doesn't let/],
    ['the whole platform account', trust(assume('arn:aws:iam::654035049067:root')), { trustedPrincipal: PLATFORM }, 'warn', /whole account 654035049067/],
    ['account expected, bare account ID given', trust(assume('432263259397', externalIdIs('abc-123'))), { trustedPrincipal: '432263259397', externalId: 'abc-123' }, 'pass', /external ID "abc-123"/],
    ['account expected, root ARN given', trust(assume('arn:aws:iam::432263259397:root', externalIdIs('abc-123'))), { trustedPrincipal: '432263259397', externalId: 'abc-123' }, 'pass', /assume/],
    ['anyone', trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), { trustedPrincipal: PLATFORM }, 'fail', /any AWS principal/],
    ['ExternalId expected but missing', trust(assume('432263259397')), { trustedPrincipal: '432263259397', externalId: 'abc-123' }, 'fail', /no ExternalId condition.*"abc-123"/],
    ['ExternalId differs', trust(assume('432263259397', externalIdIs('old-id'))), { trustedPrincipal: '432263259397', externalId: 'abc-123' }, 'fail', /requires external ID "old-id", but the platform sends "abc-123"/],
    ['ExternalId required but the platform sends none', trust(assume(PLATFORM, externalIdIs('x-1'))), { trustedPrincipal: PLATFORM }, 'fail', /doesn't send one/],
    ['extra conditions', trust(assume(PLATFORM, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })), { trustedPrincipal: PLATFORM }, 'warn', /aws:MultiFactorAuthPresent/],
    ['explicit Deny', trust(assume(PLATFORM), { Sid: 'Block', Effect: 'Deny', Principal: { AWS: PLATFORM }, Action: 'sts:*' }), { trustedPrincipal: PLATFORM }, 'fail', /Deny statement \(Sid Block\)/],
    ['service principal only', trust({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), { trustedPrincipal: PLATFORM }, 'fail', /it trusts ec2.amazonaws.com/],
  ];
  it.each(cases)('%s', (_name, document, expected, status, detail) => {
    const verdict = checkTrustPolicy(document, expected);
    expect(verdict.status).toBe(status);
    expect(verdict.detail).toMatch(detail);
  });
});

describe('parsePolicyText', () => {
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
  it.each([
    ['plain JSON (S3)', JSON.stringify(policy)],
    ['URL-encoded JSON (IAM)', encodeURIComponent(JSON.stringify(policy, null, 2))],
  ])('reads %s', (_name, text) => {
    expect(parsePolicyText(text)).toEqual({ ok: true, value: policy });
  });
  it.each([
    ['not JSON', '%7Bnope', /neither JSON nor URL-encoded|not valid JSON/],
    ['no statement', '{"Version":"2012-10-17"}', /no valid Statement/],
    ['statement without an effect', '{"Version":"2012-10-17","Statement":[{"Action":"*"}]}', /no valid Statement/],
  ])('rejects %s', (_name, text, message) => {
    const parsed = parsePolicyText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.message).toMatch(message);
  });
});
