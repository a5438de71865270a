import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from '../support/browser';
import {
  actionLabels,
  launchConsoleExtension,
  chooseSetup,
  clickConsoleButton,
  editorText,
  fieldValue,
  findAction,
  navigateInApp,
  openConsole,
  replicaState,
  runAction,
  settledActionLabels,
  stepStatus,
  storedAccount,
  storedValue,
} from '../support/console';

const account = '111122223333';
const exportName = `billing-${account}`;
const bucket = `billing-export-${account}`;
const exportsHome = 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1';
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1';

interface PolicyDocument {
  Statement: Array<{ Sid?: string; Effect: string; Action: string | string[]; Resource?: string | string[]; Principal?: unknown; Condition?: unknown }>;
}
const parsedEditor = async (page: Page) => JSON.parse(await editorText(page)) as PolicyDocument;
const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' });
});
afterAll(async () => {
  await launched?.close();
});

// One account walked through in order, as a person would: each test starts where the last left off.
describe('management account, assumed role (FinOps for Cloud default setup)', () => {
  it('fills the Data Exports form with every recommended setting, then reads name, bucket and prefix back', async () => {
    const page = await openConsole(launched, `${exportsHome}#/bcm-data-exports/create`);
    const outcome = await runAction(page, 'fill-form', 'recommended export settings');
    expect(outcome).toEqual({ kind: 'done', text: expect.stringContaining(`${exportName} → s3://${bucket}/reports/`) });
    await clickConsoleButton(page, 'Create');

    const state = await replicaState(page);
    expect(state.errorsShown).toEqual([]);
    expect(state.submissions.at(-1)).toEqual({
      form: 'create-export',
      values: expect.objectContaining({
        name: exportName,
        bucket,
        prefix: 'reports',
        type: 'Standard data export',
        tableContent: 'CUR 2.0',
        includeResourceIds: true,
        splitCostAllocationData: false,
        granularity: 'Hourly',
        format: 'Parquet',
        versioning: 'overwrite',
      }),
    });
    // The success flash on the list completes the step; the list row gives name and bucket.
    await expect.poll(() => stepStatus(launched, 'data-export'), { timeout: 10_000 }).toBe('done');
    await expect.poll(() => storedAccount(launched).then((stored) => stored?.values.exportName), { timeout: 10_000 }).toMatchObject({
      value: exportName,
      source: 'page',
      page: 'data-exports-list',
    });
    expect(await storedValue(launched, 'bucketName')).toBe(bucket);
    expect(await settledActionLabels(page)).toEqual([]);

    // The details page is the one place that shows the S3 path prefix.
    await navigateInApp(page, `#/bcm-data-exports/details/${exportName}`);
    await expect.poll(() => storedAccount(launched).then((stored) => stored?.values.exportPathPrefix), { timeout: 10_000 }).toMatchObject({
      value: 'reports',
      source: 'page',
      page: 'data-exports-details',
    });
    await page.close();
  });

  it("doesn't take an unrelated export on the list for ours", async () => {
    const page = await openConsole(launched, `${exportsHome}#/bcm-data-exports`, {
      exports: [{ name: 'finance-monthly', bucket: 'acme-finance-reports', prefix: 'monthly', status: 'Healthy', type: 'Standard data export' }],
    });
    await page.waitForFunction(() => document.body.textContent?.includes('acme-finance-reports'));
    expect(await settledActionLabels(page)).toEqual([]);
    expect(await storedValue(launched, 'bucketName')).toBe(bucket);
    expect(await storedValue(launched, 'exportName')).toBe(exportName);
    await page.close();
  });

  it('adds the data-export delivery statement for this account to the existing bucket policy, and the console saves it', async () => {
    const page = await openConsole(launched, `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`);
    const before = await parsedEditor(page);
    expect(await runAction(page, 'merge-bucket-policy', 'Add FinOps data-export statements to this bucket policy')).toMatchObject({ kind: 'done' });
    const after = await parsedEditor(page);
    for (const statement of before.Statement) expect(after.Statement).toContainEqual(statement);
    const ours = after.Statement.filter((statement) => !before.Statement.some((kept) => JSON.stringify(kept) === JSON.stringify(statement)));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ Effect: 'Allow', Principal: { Service: expect.arrayContaining(['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com']) } });
    expect([...asList(ours[0]!.Resource)].sort()).toEqual([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]);
    // The account ID comes from the console session.
    expect(JSON.stringify(ours[0]!.Condition)).toContain(`arn:aws:bcm-data-exports:us-east-1:${account}:export/*`);
    await clickConsoleButton(page, 'Save changes');
    const saved = (await replicaState(page)).bucketPolicies[bucket];
    expect(JSON.parse(saved!)).toEqual(after);
    await page.close();
  });

  it('inserts the billing import policy for the bucket read back, names it, and the created flash completes the step', async () => {
    const page = await openConsole(launched, `${iamHome}#/policies/create?step=addPermissions`);
    await findAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery');
    expect((await actionLabels(page)).filter((label) => label.startsWith('Insert'))).toEqual([
      'Insert FinOpsForCloudBillingImport policy',
      'Insert FinOpsForCloudResourceDiscovery policy',
    ]);
    expect(await runAction(page, 'insert-policy', 'FinOpsForCloudBillingImport')).toMatchObject({ kind: 'done' });
    const policy = await parsedEditor(page);
    const resources = policy.Statement.flatMap((statement) => asList(statement.Resource));
    expect(resources).toEqual(expect.arrayContaining([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
    expect(policy.Statement.flatMap((statement) => asList(statement.Action))).toEqual(expect.arrayContaining(['s3:GetObject', 's3:ListBucket']));

    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'Fill policy name')).toMatchObject({ kind: 'done' });
    expect(await fieldValue(page, 'Policy name')).toBe('FinOpsForCloudBillingImport');
    await clickConsoleButton(page, 'Create policy');
    const state = await replicaState(page);
    expect(JSON.parse(state.policies.FinOpsForCloudBillingImport!.document)).toEqual(policy);
    await expect.poll(() => stepStatus(launched, 'billing-import-policy'), { timeout: 10_000 }).toBe('done');

    // Still in the same tab, without a reload: from the policies list to "Create policy" again.
    await navigateInApp(page, '#/policies/create?step=addPermissions');
    expect(await runAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    const discovery = await parsedEditor(page);
    expect(discovery.Statement.flatMap((statement) => asList(statement.Resource))).toEqual(['*']);
    expect(discovery.Statement.flatMap((statement) => asList(statement.Action))).toEqual(expect.arrayContaining(['ec2:Describe*', 's3:ListAllMyBuckets', 'bcm-data-exports:GetExport']));
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'Fill policy name FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create policy');
    expect(JSON.parse((await replicaState(page)).policies.FinOpsForCloudResourceDiscovery!.document)).toEqual(discovery);
    await expect.poll(() => stepStatus(launched, 'discovery-policy'), { timeout: 10_000 }).toBe('done');
    await page.close();
  });

  it('creates the role with the custom trust policy, both policies and the role name, then reads its ARN back', async () => {
    const page = await openConsole(launched, `${iamHome}#/roles/create?step=selectEntities`);
    expect(await runAction(page, 'choose-custom-trust-policy')).toMatchObject({ kind: 'done' });
    expect(await runAction(page, 'insert-policy', 'trust policy')).toMatchObject({ kind: 'done' });
    const trust = await parsedEditor(page);
    expect(trust.Statement).toHaveLength(1);
    expect(trust.Statement[0]).toMatchObject({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' },
      Action: 'sts:AssumeRole',
    });
    expect(trust.Statement[0]?.Condition).toBeUndefined();

    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'select-policies')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'Fill role name FinOpsForCloudAccessRole')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create role');

    const role = (await replicaState(page)).roles.FinOpsForCloudAccessRole;
    // (A Set: the replica's picker lists a selection hidden by the filter twice; the console doesn't.)
    expect([...new Set(role?.attachedPolicies)].sort()).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect(JSON.parse(role!.trustPolicy)).toEqual(trust);
    await expect.poll(() => stepStatus(launched, 'access-role'), { timeout: 10_000 }).toBe('done');

    await navigateInApp(page, '#/roles/details/FinOpsForCloudAccessRole');
    await expect.poll(() => storedValue(launched, 'roleArn'), { timeout: 10_000 }).toBe(`arn:aws:iam::${account}:role/FinOpsForCloudAccessRole`);
    expect(await stepStatus(launched, 'role-arn')).toBe('done');
    expect(await settledActionLabels(page)).toEqual([]);
    await page.close();
  });
});
