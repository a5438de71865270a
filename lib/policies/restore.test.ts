import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from './document';
import { consoleDeliverySid, restoreSavedStatements, worthKeeping } from './restore';

const bucket = 'billing-export-111122223333';
const statement = (sid: string | undefined, principal: string): PolicyStatement => ({
  ...(sid === undefined ? {} : { Sid: sid }),
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::111122223333:role/${principal}` },
  Action: ['s3:GetObject'],
  Resource: `arn:aws:s3:::${bucket}/*`,
});
const deny: PolicyStatement = { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const consoleStatement: PolicyStatement = {
  Sid: consoleDeliverySid,
  Effect: 'Allow',
  Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'],
  Resource: [`arn:aws:s3:::${bucket}/*`, `arn:aws:s3:::${bucket}`],
};
const policy = (...statements: PolicyStatement[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

describe('worthKeeping', () => {
  it('keeps a first copy, and a newer one with statements of the owner', () => {
    expect(worthKeeping(policy(deny), undefined)).toBe(true);
    expect(worthKeeping(policy(deny, statement('Tools', 'tools')), policy(deny))).toBe(true);
  });
  it('never lets the console’s replacement overwrite the copy it replaced', () => {
    expect(worthKeeping(policy(consoleStatement), policy(deny, statement('Tools', 'tools')))).toBe(false);
    expect(worthKeeping(policy(consoleStatement), undefined)).toBe(true);
  });
  it('keeps nothing from an empty editor or text that is not a policy', () => {
    expect(worthKeeping('', policy(deny))).toBe(false);
    expect(worthKeeping('{"Version": "2012-10-17", "Statement": [', undefined)).toBe(false);
  });
});

describe('restoreSavedStatements', () => {
  it('puts back every replaced statement after the console’s, in their saved order', () => {
    const saved = policy(deny, statement('Tools', 'tools'), statement(undefined, 'no-sid'));
    const result = restoreSavedStatements(policy(consoleStatement), saved);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const restored = JSON.parse(result.value.text) as { Statement: PolicyStatement[] };
    expect(restored.Statement).toEqual([consoleStatement, deny, statement('Tools', 'tools'), statement(undefined, 'no-sid')]);
    expect(result.value.restored).toHaveLength(3);
  });
  it('adds nothing twice: a statement already there (under any Sid) is left alone, restoring again changes nothing', () => {
    const saved = policy(deny, statement('Tools', 'tools'));
    const first = restoreSavedStatements(policy(consoleStatement, { ...deny, Sid: 'Renamed' }), saved);
    expect(first.ok && first.value.restored.map((entry) => entry.Sid)).toEqual(['Tools']);
    expect(first.ok && first.value.alreadyThere).toBe(1);
    const again = first.ok ? restoreSavedStatements(first.value.text, saved) : undefined;
    expect(again?.ok && again.value.restored).toEqual([]);
  });
  it('refuses a Sid the editor uses for a different statement, and a text that is not a policy', () => {
    expect(restoreSavedStatements(policy(statement('Tools', 'other')), policy(statement('Tools', 'tools')))).toMatchObject({ ok: false, problem: { code: 'sid-conflict' } });
    expect(restoreSavedStatements('{ not json', policy(deny))).toMatchObject({ ok: false, problem: { code: 'not-a-policy' } });
  });
  it('restores into an empty editor (the console removed the policy)', () => {
    const result = restoreSavedStatements('', policy(deny));
    expect(result.ok && (JSON.parse(result.value.text) as { Statement: unknown[] }).Statement).toEqual([deny]);
  });
});
