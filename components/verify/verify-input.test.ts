import { describe, expect, it } from 'vitest';
import { progressReducer, type AccountProgress, type ProgressAction, type SetupChoice } from '../../lib/onboarding/progress';
import { emptyProgressState } from '../../lib/onboarding/state-schema';
import type { ValueKind } from '../../lib/values';
import type { VerifyInput } from '../../lib/verify/checks';
import { credentialsFrom, verifyPlanFor, type CredentialFields } from './verify-input';

const accountId = '111122223333';
const at = '2025-06-02T12:00:00.000Z';
const bucket = `billing-export-${accountId}`;

const finops = (choice: Partial<SetupChoice> = {}): SetupChoice => ({
  platform: { id: 'finopsForCloud', policyVariant: 'published' },
  accountType: 'standalone',
  authMethod: 'assumedRole',
  exportState: 'toCreate',
  ...choice,
});

/** The account as the background builds it: by the real reducer. */
function accountWith(setup: SetupChoice, typed: Array<[ValueKind, string]> = []): AccountProgress {
  const actions: ProgressAction[] = [
    { type: 'account-added', accountId, setup, at },
    ...typed.map(([kind, input]): ProgressAction => ({ type: 'value-typed', accountId, kind, input, at })),
  ];
  const account = actions.reduce(progressReducer, emptyProgressState()).accounts[accountId];
  if (!account) throw new Error('The reducer refused the account.');
  return account;
}

describe('verifyPlanFor', () => {
  it('a legacy CUR export: checked as legacy (billing reports delivery, date-range folders), with its prefix as read, never a guessed one', () => {
    const withPrefix = verifyPlanFor(accountId, accountWith(finops({ exportState: 'exists' }), [['curVersion', 'Legacy CUR export'], ['exportName', 'legacy-cur'], ['bucketName', bucket], ['exportPathPrefix', 'cur/legacy']]));
    if (!withPrefix.ok) throw new Error(withPrefix.problem.message);
    expect(withPrefix.value.billingExport).toEqual({ bucket, exportName: 'legacy-cur', exportPathPrefix: 'cur/legacy', curVersion: 1 });
    const guessed = verifyPlanFor(accountId, accountWith(finops({ exportState: 'exists' }), [['curVersion', '1'], ['exportName', 'legacy-cur'], ['bucketName', bucket]]));
    expect(guessed).toMatchObject({ ok: false, problem: { message: expect.stringContaining('S3 path prefix') } });
  });

  it('standalone account with a role: the platform’s principal, every grant of our templates, the recommended export', () => {
    const plan = verifyPlanFor(accountId, accountWith(finops()));
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.value.access).toEqual({ kind: 'role', roleName: 'FinOpsForCloudAccessRole', trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user' });
    expect(plan.value.billingExport).toEqual({ bucket, exportName: `billing-${accountId}`, exportPathPrefix: 'reports', curVersion: 2 });
    expect(plan.value.requiredActions).toEqual(
      expect.arrayContaining([
        { action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/*`, grantedBy: 'billingImportPolicy' },
        { action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}`, grantedBy: 'billingImportPolicy' },
        { action: 'ec2:Describe*', resource: '*', grantedBy: 'discoveryPolicy' },
        { action: 'bcm-data-exports:GetExport', resource: '*', grantedBy: 'discoveryPolicy' },
      ]),
    );
    expect(plan.value.requiredActions.every((need) => need.grantedBy !== undefined)).toBe(true);
    expect(plan.value.checked.map(({ kind, suggested }) => [kind, suggested])).toEqual([
      ['roleName', true],
      ['bucketName', true],
      ['exportName', true],
      ['exportPathPrefix', true],
    ]);
  });

  it('member account: discovery only, no bucket checks', () => {
    const plan = verifyPlanFor(accountId, accountWith(finops({ accountType: 'member' })));
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.value.billingExport).toBeUndefined();
    expect(new Set(plan.value.requiredActions.map((need) => need.grantedBy))).toEqual(new Set(['discoveryPolicy']));
  });

  it('access key: checks the user the platform gets, with typed names marked as not suggested', () => {
    const plan = verifyPlanFor(accountId, accountWith(finops({ authMethod: 'accessKey' }), [['userName', 'finops-reader']]));
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.value.access).toEqual({ kind: 'user', userName: 'finops-reader' });
    expect(plan.value.checked[0]).toEqual({ kind: 'userName', value: 'finops-reader', suggested: false });
  });

  it.each<[string, SetupChoice, Parameters<typeof accountWith>[1], string[]]>([
    ['an existing export without its names', finops({ exportState: 'exists' }), [], ['S3 bucket name', 'Data export name', 'S3 path prefix']],
    ['an existing export with one name typed', finops({ exportState: 'exists' }), [['bucketName', 'my-billing-bucket']], ['Data export name', 'S3 path prefix']],
    ['a rejected bucket name', finops(), [['bucketName', 'Not_A_Bucket']], ["S3 bucket name (the value entered isn't valid)"]],
    ['Cloudyn without its External ID', { ...finops({ accountType: 'member' }), platform: { id: 'cloudyn' } }, [], ['External ID']],
  ])('names what is missing and doesn’t plan a run: %s', (_case, setup, typed, missing) => {
    const plan = verifyPlanFor(accountId, accountWith(setup, typed));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problem.missing).toEqual(missing);
    expect(plan.problem.message).toBe(`Before verifying, set ${missing.length === 1 ? 'this value' : 'these values'} under Values: ${missing.join(', ')}.`);
  });

  it('Cloudyn with its External ID: the trust check expects it', () => {
    const plan = verifyPlanFor(accountId, accountWith({ ...finops({ accountType: 'member' }), platform: { id: 'cloudyn' } }, [['externalId', 'Contoso12345']]));
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.value.access).toEqual({ kind: 'role', roleName: 'Azure-Cost-Mgt', trustedPrincipal: 'arn:aws:iam::432263259397:root', externalId: 'Contoso12345' });
  });
});

describe('credentialsFrom', () => {
  const role: VerifyInput['access'] = { kind: 'role', roleName: 'FinOpsForCloudAccessRole', trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user' };
  const user: VerifyInput['access'] = { kind: 'user', userName: 'FinOpsForCloudUser' };
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const fields = (accessKeyId: string, secretAccessKey = secret, sessionToken = ''): CredentialFields => ({ accessKeyId, secretAccessKey, sessionToken });

  it.each<[string, VerifyInput['access'], CredentialFields, string | undefined]>([
    ['long-term key for a role check', role, fields('AKIAIOSFODNN7EXAMPLE'), undefined],
    ['temporary key with its token', role, fields('ASIAIOSFODNN7EXAMPLE', secret, 'token-value'), undefined],
    ['the user’s own key', user, fields(' AKIAIOSFODNN7EXAMPLE ', ` ${secret}\n`), undefined],
    ['nothing typed', role, fields('', ''), 'Enter the access key ID and the secret access key to verify with.'],
    ['no secret', role, fields('AKIAIOSFODNN7EXAMPLE', ''), 'Enter the secret access key to verify with.'],
    ['a key ID of the wrong shape', role, fields('AKIA123'), 'The access key ID is 20 capital letters and digits starting with AKIA (or ASIA for temporary keys). Copy it again.'],
    ['a cut-off secret', role, fields('AKIAIOSFODNN7EXAMPLE', secret.slice(0, 30)), 'The secret access key is 40 characters of letters, digits, "/" and "+". Copy it again, whole.'],
    ['a temporary key without its token', role, fields('ASIAIOSFODNN7EXAMPLE'), 'Temporary keys (ASIA…) only work with their session token: paste AWS_SESSION_TOKEN too.'],
    ['a token with a long-term key', role, fields('AKIAIOSFODNN7EXAMPLE', secret, 'token-value'), 'A session token goes with temporary keys (ASIA…) only. Clear the session token, or paste the temporary key that belongs to it.'],
    ['a temporary key for a user check', user, fields('ASIAIOSFODNN7EXAMPLE', secret, 'token-value'), "This is a temporary key (ASIA…). Verify with the access key of FinOpsForCloudUser that you'll give the platform (AKIA…)."],
  ])('%s', (_case, access, typed, problem) => {
    const result = credentialsFrom(typed, access);
    if (problem === undefined) {
      expect(result).toEqual({ ok: true, value: { accessKeyId: typed.accessKeyId.trim(), secretAccessKey: secret, ...(typed.sessionToken ? { sessionToken: typed.sessionToken } : {}) } });
    } else {
      expect(result).toMatchObject({ ok: false, problem: { message: problem } });
    }
  });
});
