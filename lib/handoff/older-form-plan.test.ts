import { describe, expect, it } from 'vitest';
import { progressReducer, valuesFor, type ProgressAction } from '../onboarding/progress';
import { emptyProgressState } from '../onboarding/state-schema';
import { finopsForCloud, olderFormUntouchedLabels, type AccountType, type AuthMethod } from '../platforms';
import type { ValueKind } from '../values';
import { olderFormPlanFor } from './fill-plan';

const accountId = '111122223333';
const at = '2026-05-04T09:00:00.000Z';
// AWS's documented example key pair: the right shapes, never a real credential.
const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const platform = finopsForCloud;

const typed = {
  dataSourceName: 'Acme production',
  accessKeyId,
  exportName: 'cur2-hourly',
  bucketName: 'acme-billing-111122223333',
  exportPathPrefix: 'finops/exports/cur2',
} satisfies Partial<Record<ValueKind, string>>;

function values(accountType: AccountType, authMethod: AuthMethod) {
  const actions: ProgressAction[] = [
    { type: 'account-added', accountId, setup: { platform: { id: 'finopsForCloud' }, accountType, authMethod, exportState: 'toCreate' }, at },
    ...Object.entries(typed).map(([kind, input]): ProgressAction => ({ type: 'value-typed', accountId, kind: kind as ValueKind, input, at })),
  ];
  const account = actions.reduce(progressReducer, emptyProgressState()).accounts[accountId];
  if (!account) throw new Error('the reducer refused the test account');
  return valuesFor(account, accountId);
}

const plan = (accountType: AccountType, authMethod: AuthMethod = 'accessKey', secretAccessKey: string | null = secret) =>
  olderFormPlanFor({ platform, accountType, authMethod, values: values(accountType, authMethod), ...(secretAccessKey === null ? {} : { secretAccessKey }) });

describe('olderFormPlanFor (the "AWS Root" / "AWS Linked" form)', () => {
  it('fills a management account: AWS Root, credentials, detection off, bucket only, then the export', () => {
    const result = plan('management');
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.missing).toEqual([]);
    expect(result.value.actions).toEqual([
      { kind: 'press', label: 'AWS Root' },
      { kind: 'fill', fieldKey: 'dataSourceName', label: 'Name', inputName: 'name', value: 'Acme production', secret: false, suggested: false },
      { kind: 'fill', fieldKey: 'accessKeyId', label: 'AWS Access key ID', inputName: 'awsAccessKeyId', value: accessKeyId, secret: false, suggested: false },
      { kind: 'fill', fieldKey: 'secretAccessKey', label: 'AWS Secret access key', inputName: 'awsSecretAccessKey', value: secret, secret: true, suggested: false },
      { kind: 'choose', fieldKey: 'exportType', label: 'Export type', inputName: 'curVersion', value: '2', meaning: expect.stringContaining('CUR 2.0') },
      { kind: 'switch', fieldKey: 'detectExports', label: 'Automatically detect existing Data Exports', inputName: 'isFindReport', on: false },
      { kind: 'choose', fieldKey: 'dataExportSource', label: 'Connect only to data in bucket', inputName: 'configScheme', value: 'bucket_only', meaning: 'Connect only to data in bucket' },
      { kind: 'fill', fieldKey: 'exportName', label: 'Export name', inputName: 'exportName', value: 'cur2-hourly', secret: false, suggested: false },
      { kind: 'fill', fieldKey: 'bucketName', label: 'Export Amazon S3 bucket name', inputName: 'bucketName', value: 'acme-billing-111122223333', secret: false, suggested: false },
      { kind: 'fill', fieldKey: 'exportPathPrefix', label: 'Export path prefix', inputName: 'bucketPrefix', value: 'finops/exports/cur2', secret: false, suggested: false },
    ]);
  });

  it('never touches the EDP checkbox', () => {
    const result = plan('management');
    if (!result.ok) throw new Error(result.problem.message);
    const labels = result.value.actions.map((action) => action.label);
    for (const untouched of olderFormUntouchedLabels) expect(labels).not.toContain(untouched);
    expect(labels.some((label) => /EDP|discount/i.test(label))).toBe(false);
  });

  it('uses the AWS Root tile for a standalone account too', () => {
    const result = plan('standalone');
    expect(result.ok && result.value.actions[0]).toEqual({ kind: 'press', label: 'AWS Root' });
  });

  it('fills a member account as AWS Linked with its credentials only', () => {
    const result = plan('member');
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.actions.map((action) => action.label)).toEqual(['AWS Linked', 'Name', 'AWS Access key ID', 'AWS Secret access key']);
  });

  it('lists the secret as missing when it was not typed, and fills the rest', () => {
    const result = plan('management', 'accessKey', null);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.missing).toEqual([{ fieldKey: 'secretAccessKey', label: 'AWS Secret access key', valueKind: 'secretAccessKey', reason: 'secret-not-typed' }]);
    expect(result.value.actions.some((action) => action.kind === 'fill' && action.secret)).toBe(false);
  });

  it('refuses an assumed-role account with a message saying what to do', () => {
    const result = plan('management', 'assumedRole');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/access key only.*Choose "Access key"/);
  });
});
