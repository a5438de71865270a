import { describe, expect, it } from 'vitest';
import { progressReducer, valuesFor, type AccountProgress, type ProgressAction } from '../onboarding/progress';
import { emptyProgressState } from '../onboarding/state-schema';
import { cloudyn, customOptScalePlatform, finopsForCloud, type AccountType, type AuthMethod, type PlatformProfile } from '../platforms';
import type { ValueKind } from '../values';
import { fillPlanFor, type FillPlan, type FormAction } from './fill-plan';

const accountId = '111122223333';
const at = '2026-05-04T09:00:00.000Z';
// AWS's documented example key pair: the right shapes, never a real credential.
const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** An account as the background keeps it, built through the real reducer. */
function account(accountType: AccountType, authMethod: AuthMethod, typed: Partial<Record<ValueKind, string>> = {}): AccountProgress {
  const actions: ProgressAction[] = [
    { type: 'account-added', accountId, setup: { platform: { id: 'finopsForCloud' }, accountType, authMethod, exportState: 'toCreate' }, at },
    ...Object.entries(typed).map(([kind, input]): ProgressAction => ({ type: 'value-typed', accountId, kind: kind as ValueKind, input, at })),
  ];
  const state = actions.reduce(progressReducer, emptyProgressState());
  const added = state.accounts[accountId];
  if (!added) throw new Error('the reducer refused the test account');
  return added;
}

const typedValues = {
  dataSourceName: 'Acme production',
  roleName: 'FinOpsReader',
  accessKeyId,
  exportName: 'cur2-hourly',
  bucketName: 'acme-billing-111122223333',
  exportPathPrefix: 'finops/exports/cur2',
} satisfies Partial<Record<ValueKind, string>>;

function planFor(accountType: AccountType, authMethod: AuthMethod, options: { secretAccessKey?: string; secretWithheld?: boolean; typed?: Partial<Record<ValueKind, string>>; platform?: PlatformProfile } = {}): FillPlan {
  const { typed = typedValues, platform = finopsForCloud, ...secretOptions } = options;
  const plan = fillPlanFor({ platform, accountType, authMethod, values: valuesFor(account(accountType, authMethod, typed), accountId), ...secretOptions });
  if (!plan.ok) throw new Error(plan.problem.message);
  return plan.value;
}

/** One line per action: what a reviewer would check on the portal. */
const steps = (plan: FillPlan) =>
  plan.actions.map((action: FormAction) => {
    if (action.kind === 'press') return `press ${action.testId}`;
    if (action.kind === 'choose') return `choose ${action.inputName}=${action.value}`;
    return `fill ${action.inputName}=${action.value}`;
  });

const billing = ['choose curVersion=2', 'fill exportName=cur2-hourly', 'fill bucketName=acme-billing-111122223333', 'fill bucketPrefix=finops/exports/cur2'];
const role = ['fill awsRoleAccountId=111122223333', 'fill awsRoleName=FinOpsReader'];
const keys = [`fill awsAccessKeyId=${accessKeyId}`, `fill awsSecretAccessKey=${secret}`];

describe('fillPlanFor on the FinOps for Cloud connect form', () => {
  it.each([
    ['management', 'assumedRole', ['press btn_aws_account', 'press btn_management', 'press btn_assumedRole', 'fill name=Acme production', ...role, ...billing]],
    ['standalone', 'assumedRole', ['press btn_aws_account', 'press btn_standalone', 'press btn_assumedRole', 'fill name=Acme production', ...role, ...billing]],
    ['member', 'assumedRole', ['press btn_aws_account', 'press btn_member', 'press btn_assumedRole', 'fill name=Acme production', ...role]],
    ['management', 'accessKey', ['press btn_aws_account', 'press btn_management', 'press btn_accessKey', 'fill name=Acme production', ...keys, ...billing]],
    ['standalone', 'accessKey', ['press btn_aws_account', 'press btn_standalone', 'press btn_accessKey', 'fill name=Acme production', ...keys, ...billing]],
    ['member', 'accessKey', ['press btn_aws_account', 'press btn_member', 'press btn_accessKey', 'fill name=Acme production', ...keys]],
  ] as const)('%s × %s: presses the toggles, then fills every field in form order', (accountType, authMethod, expected) => {
    const plan = planFor(accountType, authMethod, { secretAccessKey: secret });
    expect(steps(plan)).toEqual(expected);
    expect(plan.missing).toEqual([]);
    expect(plan).toMatchObject({ accountType, authMethod });
  });

  it('never presses Connect', () => {
    for (const accountType of ['management', 'member', 'standalone'] as const) {
      for (const authMethod of ['assumedRole', 'accessKey'] as const) {
        const labels = planFor(accountType, authMethod, { secretAccessKey: secret }).actions.map((action) => action.label);
        expect(labels).not.toContain('Connect');
      }
    }
  });

  it('hands over the S3 path prefix exactly as stored, nested folders included', () => {
    const prefix = planFor('standalone', 'assumedRole').actions.find((action) => action.kind === 'fill' && action.inputName === 'bucketPrefix');
    expect(prefix).toMatchObject({ label: 'Export path prefix', value: 'finops/exports/cur2' });
  });

  it('finds every input by name and test id, and marks the secret field as secret', () => {
    const fills = planFor('standalone', 'accessKey', { secretAccessKey: secret }).actions.filter((action) => action.kind === 'fill');
    expect(fills.map((action) => [action.label, action.inputName, action.testId, action.secret])).toEqual([
      ['Name', 'name', 'input_cloud_account_name', false],
      ['AWS Access key ID', 'awsAccessKeyId', 'input_aws_access_key_id', false],
      ['AWS secret access key', 'awsSecretAccessKey', 'input_secret_key', true],
      ['Export name', 'exportName', 'input_export_name', false],
      ['Export Amazon S3 bucket name', 'bucketName', 'input_s3_bucket_name', false],
      ['Export path prefix', 'bucketPrefix', 'input_export_path_prefix', false],
    ]);
  });
});

describe('values fillPlanFor does not have', () => {
  it('leaves the secret out when it was not typed in the side panel, and says so', () => {
    const plan = planFor('standalone', 'accessKey');
    expect(steps(plan)).not.toContainEqual(expect.stringContaining('awsSecretAccessKey'));
    expect(plan.missing).toEqual([{ fieldKey: 'secretAccessKey', label: 'AWS secret access key', valueKind: 'secretAccessKey', reason: 'secret-not-typed' }]);
  });

  it('keeps a withheld secret out even when one is given', () => {
    const plan = planFor('management', 'accessKey', { secretAccessKey: secret, secretWithheld: true });
    expect(JSON.stringify(plan)).not.toContain(secret);
    expect(plan.missing).toMatchObject([{ valueKind: 'secretAccessKey', reason: 'secret-withheld' }]);
  });

  it('refuses a secret that is not shaped like one, with the reason', () => {
    const plan = planFor('standalone', 'accessKey', { secretAccessKey: accessKeyId });
    expect(JSON.stringify(plan.actions)).not.toContain('awsSecretAccessKey');
    expect(plan.missing).toMatchObject([{ valueKind: 'secretAccessKey', reason: 'invalid', problem: expect.stringMatching(/access key ID/) }]);
  });

  it('lists a value nobody has read or typed as unknown', () => {
    const { accessKeyId: _unknown, ...typed } = typedValues;
    const plan = planFor('member', 'accessKey', { typed, secretAccessKey: secret });
    expect(plan.missing).toEqual([{ fieldKey: 'accessKeyId', label: 'AWS Access key ID', valueKind: 'accessKeyId', reason: 'unknown' }]);
    expect(steps(plan)).toEqual(['press btn_aws_account', 'press btn_member', 'press btn_accessKey', 'fill name=Acme production', `fill awsSecretAccessKey=${secret}`]);
  });

  it('does not fill a typed value that was rejected, and passes on why', () => {
    const plan = planFor('standalone', 'assumedRole', { typed: { ...typedValues, bucketName: 'Acme_Billing' } });
    expect(steps(plan)).not.toContainEqual(expect.stringContaining('bucketName'));
    expect(plan.missing).toMatchObject([{ valueKind: 'bucketName', label: 'Export Amazon S3 bucket name', reason: 'invalid', problem: expect.any(String) }]);
  });

  it('fills suggestions (recommended names) but flags them for a second look', () => {
    const plan = planFor('standalone', 'assumedRole', { typed: { exportName: 'cur2-hourly' } });
    const suggested = plan.actions.flatMap((action) => (action.kind === 'fill' && action.suggested ? [`${action.inputName}=${action.value}`] : []));
    expect(suggested).toEqual([
      'name=AWS 111122223333',
      'awsRoleName=FinOpsForCloudAccessRole',
      'bucketName=billing-export-111122223333',
      'bucketPrefix=reports',
    ]);
    expect(plan.actions).toContainEqual(expect.objectContaining({ inputName: 'exportName', value: 'cur2-hourly', suggested: false }));
    expect(plan.actions).toContainEqual(expect.objectContaining({ inputName: 'awsRoleAccountId', value: accountId, suggested: false }));
  });
});

describe('a legacy CUR export', () => {
  it('is handed over as Export type Legacy (1), with its prefix as read', () => {
    const plan = planFor('standalone', 'assumedRole', { typed: { ...typedValues, curVersion: 'Legacy CUR export' } });
    expect(steps(plan)).toContain('choose curVersion=1');
    expect(plan.actions).toContainEqual(expect.objectContaining({ kind: 'choose', inputName: 'curVersion', value: '1', meaning: 'Legacy CUR export' }));
    expect(steps(plan)).toContain('fill bucketPrefix=finops/exports/cur2');
    expect(plan.missing).toEqual([]);
  });

  it('gets no guessed prefix: the prefix is missing, and the plan says to open the export’s Edit page', () => {
    const { exportPathPrefix: _notRead, ...typed } = typedValues;
    const plan = planFor('standalone', 'assumedRole', { typed: { ...typed, curVersion: '1' } });
    expect(steps(plan)).not.toContainEqual(expect.stringContaining('bucketPrefix'));
    expect(plan.missing).toEqual([
      { fieldKey: 'exportPathPrefix', label: 'Export path prefix', valueKind: 'exportPathPrefix', reason: 'unknown', problem: expect.stringMatching(/choose Edit, so we can read its "S3 path prefix"/) },
    ]);
  });

  it('a standard export (or one whose type is unknown) stays CUR 2.0 with the suggested prefix', () => {
    expect(steps(planFor('standalone', 'assumedRole', { typed: { exportName: 'cur2-hourly' } }))).toEqual(expect.arrayContaining(['choose curVersion=2', 'fill bucketPrefix=reports']));
    expect(steps(planFor('standalone', 'assumedRole', { typed: { exportName: 'cur2-hourly', curVersion: 'Standard data export' } }))).toContain('choose curVersion=2');
  });
});

describe('fillPlanFor on other platforms', () => {
  it('gives a self-hosted OptScale the same plan as FinOps for Cloud', () => {
    const custom = customOptScalePlatform({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666' });
    if (!custom.ok) throw new Error(custom.problem.message);
    expect(planFor('standalone', 'accessKey', { platform: custom.value, secretAccessKey: secret })).toEqual(planFor('standalone', 'accessKey', { secretAccessKey: secret }));
  });

  it("follows the platform's own form: Cloudyn's Role ARN field", () => {
    const plan = planFor('standalone', 'assumedRole', { platform: cloudyn, typed: { roleArn: 'arn:aws:iam::111122223333:role/CloudynRole' } });
    expect(plan.actions.filter((action) => action.kind === 'fill').map((action) => [action.label, action.value])).toContainEqual(['Role ARN', 'arn:aws:iam::111122223333:role/CloudynRole']);
  });

  it('reports a platform without a form for this setup instead of an empty plan', () => {
    const result = fillPlanFor({ platform: { ...finopsForCloud, connectForms: [] }, accountType: 'member', authMethod: 'accessKey', values: {} });
    expect(result).toMatchObject({ ok: false, problem: { code: 'no-connect-form', message: expect.stringMatching(/member account with an access key/) } });
  });
});
