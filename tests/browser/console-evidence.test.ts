// The console as the evidence shows it (tests/console-replicas rebuilt from
// /work/shared/reference/console-evidence): the bucket set through "Configure S3 bucket", the prefix
// read from `s3://BUCKET/PREFIX`, the external ID checkbox by its real label, Ace without `env`.
import { beforeAll, expect, it } from 'vitest';
import { servePortalReplica } from '../portal-replica/routes.mjs';
import { forEachBrowser, readExtensionStorage, serveFixtures, type LaunchedBrowser } from '../support/browser';
import { replicaRoutes } from '../support/fixtures';
import {
  chooseSetup,
  clickConsoleButton,
  dispatch,
  fieldValue,
  findAction,
  openConsole,
  replicaState,
  runAction,
} from '../support/console';

const account = '111122223333';
const exportName = `billing-${account}`;
const bucket = `billing-export-${account}`;
const exportsHome = 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1';

interface StoredAccount {
  values: Record<string, { value: string; source: string }>;
  bucketPolicies?: Record<string, { statementCount: number }>;
}
/** The account's stored progress, read through the extension's own pages (works in Firefox too). */
async function storedAccount(launched: LaunchedBrowser): Promise<StoredAccount | undefined> {
  const stored = (await readExtensionStorage(launched, 'local')) as { onboarding?: { accounts?: Record<string, StoredAccount> } };
  return stored.onboarding?.accounts?.[account];
}
const storedValue = async (launched: LaunchedBrowser, kind: string) => (await storedAccount(launched))?.values[kind]?.value;

interface PolicyDocument {
  Version?: string;
  Statement: Array<{ Sid?: string; Effect: string; Principal?: unknown; Action: string | string[]; Resource?: string | string[]; Condition?: unknown }>;
}

forEachBrowser((launched) => {
  beforeAll(async () => {
    await chooseSetup(launched(), { accountType: 'standalone', authMethod: 'assumedRole' });
  });

  it('Create export: the fill button creates the bucket through "Configure S3 bucket" and the read-only field shows it', async () => {
    // The account has other buckets, not this one yet.
    const page = await openConsole(launched(), `${exportsHome}#/bcm-data-exports/create`, { buckets: ['acme-finance-reports', 'acme-web-assets'] });
    const outcome = await runAction(page, 'fill-form', 'recommended export settings');
    expect(outcome).toEqual({ kind: 'done', text: expect.stringContaining(`${exportName} → s3://${bucket}/reports/`) });
    expect(await fieldValue(page, 'S3 bucket')).toBe(bucket);
    let state = await replicaState(page);
    expect(state.createdBuckets).toEqual({ [bucket]: 'us-east-1' });
    expect((JSON.parse(state.bucketPolicies[bucket]!) as PolicyDocument).Statement[0]).toMatchObject({ Sid: 'EnableAWSDataExportsToWriteToS3AndCheckPolicy' });
    await clickConsoleButton(page, 'Create');
    state = await replicaState(page);
    expect(state.errorsShown).toEqual([]);
    expect(state.submissions.at(-1)).toEqual({
      form: 'create-export',
      values: expect.objectContaining({ name: exportName, bucket, prefix: 'reports', tableContent: 'CUR 2.0', includeResourceIds: true, granularity: 'Hourly', format: 'Parquet', versioning: 'overwrite' }),
    });
    await page.close();
  });

  it('reads a nested prefix finops/cur2 back from the details page’s s3://BUCKET/finops/cur2, for the portal', async () => {
    const page = await openConsole(launched(), `${exportsHome}#/bcm-data-exports/details/${exportName}`, {
      exports: [{ name: exportName, bucket, prefix: 'finops/cur2', status: 'Healthy', type: 'Standard data export', format: 'Parquet' }],
    });
    await page.waitForFunction((destination) => document.body.textContent?.includes(destination), {}, `s3://${bucket}/finops/cur2`);
    await expect.poll(() => storedValue(launched(), 'exportPathPrefix'), { timeout: 10_000 }).toBe('finops/cur2');
    expect(await storedValue(launched(), 'bucketName')).toBe(bucket);
    expect((await storedAccount(launched()))?.values.exportPathPrefix).toMatchObject({ source: 'page' });
    await page.close();

    // Handed to the portal as read: the whole nested prefix, not its last folder.
    const portal = await launched().browser.newPage();
    await serveFixtures(portal, [(requested) => servePortalReplica(requested, []), ...(await replicaRoutes())]);
    await portal.goto('https://portal.finops.softwareone.com/cloud-account/connect', { waitUntil: 'load' });
    await portal.waitForFunction(() => (window as unknown as { __PORTAL_STATE__?: { ready?: boolean } }).__PORTAL_STATE__?.ready === true);
    await runAction(portal, 'fill-form', 'Fill with AWS account 1111-2222-3333');
    expect(await portal.$eval('[data-test-id="input_export_path_prefix"]', (input) => (input as HTMLInputElement).value)).toBe('finops/cur2');
    await portal.close();
  });

  it('ticks "Require external ID (Best practice when a third party will assume this role)", found by its real label', async () => {
    await chooseSetup(launched(), { platform: { id: 'cloudyn' }, accountType: 'management', authMethod: 'assumedRole' });
    await dispatch(launched(), { type: 'value-typed', accountId: account, kind: 'externalId', input: 'cloudyn-7f3a9c21-ext' });
    const page = await openConsole(launched(), 'https://us-east-1.console.aws.amazon.com/iam/home#/roles/create?step=selectEntities');
    expect(await runAction(page, 'fill-form', "Trust Cloudyn's AWS account")).toMatchObject({ kind: 'done' });
    expect(await fieldValue(page, 'External ID')).toBe('cloudyn-7f3a9c21-ext');
    const ticked = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find((box) =>
        box.closest('label, [class*="awsui_root_"]')?.textContent?.includes('Require external ID (Best practice when a third party will assume this role)'),
      )?.checked,
    );
    expect(ticked).toBe(true);
    await page.close();
    await chooseSetup(launched(), { accountType: 'standalone', authMethod: 'assumedRole' });
  });

  it('Create export on an existing bucket: its policy is kept, the replacement announced, and every statement restored after', async () => {
    const original = existingPolicy(bucket, 3);
    await dispatch(launched(), { type: 'value-typed', accountId: account, kind: 'bucketName', input: bucket });
    // 1. The person has been on the bucket's policy page: the extension keeps a copy.
    const s3 = await openConsole(launched(), `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`, {
      existingBucketPolicy: JSON.stringify(original, null, 4),
    });
    await expect
      .poll(async () => (await storedAccount(launched()))?.bucketPolicies?.[bucket]?.statementCount, { timeout: 10_000 })
      .toBe(3);
    await s3.close();

    // 2. Create export: the fill button selects it, says the policy will be replaced and put back,
    // confirms, and the console replaces the whole policy.
    const page = await openConsole(launched(), `${exportsHome}#/bcm-data-exports/create`, { buckets: [bucket, 'acme-finance-reports'] });
    expect(await runAction(page, 'fill-form', 'recommended export settings')).toEqual({ kind: 'done', text: expect.stringContaining('policy (3 statements) is replaced') });
    expect(await fieldValue(page, 'S3 bucket')).toBe(bucket);
    await clickConsoleButton(page, 'Create');
    const replaced = (await replicaState(page)).bucketPolicies[bucket]!;
    expect((JSON.parse(replaced) as PolicyDocument).Statement.map((statement) => statement.Sid)).toEqual(['EnableAWSDataExportsToWriteToS3AndCheckPolicy']);
    await page.close();

    // 3. The bucket's Edit bucket policy page (S3 shows what Data Exports left): restore, save.
    const after = await openConsole(launched(), `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`, { existingBucketPolicy: replaced });
    expect(await runAction(after, 'restore-bucket-policy', 'Restore the 3 statements the data export replaced')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(after, 'Save changes');
    const saved = JSON.parse((await replicaState(after)).bucketPolicies[bucket]!) as PolicyDocument;
    for (const statement of original.Statement) expect(saved.Statement).toContainEqual(statement);
    expect(saved.Statement.map((statement) => statement.Sid)).toEqual(['EnableAWSDataExportsToWriteToS3AndCheckPolicy', 'TeamRead1', 'TeamRead2', 'TeamRead3']);
    await after.close();
  }, 120_000);

  it('merges into an S3 bucket policy whose Ace editor exposes no env: pasted, read back by scrolling, saved whole', async () => {
    // Longer than the editor shows at once, so a read of the rendered lines alone would miss some.
    const before = existingPolicy(bucket, 8);
    const page = await openConsole(launched(), `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`, {
      variant: 'ace-without-env',
      existingBucketPolicy: JSON.stringify(before, null, 4),
    });
    await findAction(page, 'merge-bucket-policy');
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('.ace_editor')).some((editor) => 'env' in editor))).toBe(false);
    expect(await runAction(page, 'merge-bucket-policy')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Save changes');
    const saved = JSON.parse((await replicaState(page)).bucketPolicies[bucket]!) as PolicyDocument;
    for (const statement of before.Statement) expect(saved.Statement).toContainEqual(statement);
    expect(saved.Statement).toHaveLength(before.Statement.length + 1);
    await page.close();
  });

  it('inserts an IAM policy into an editor without env', async () => {
    const page = await openConsole(launched(), 'https://us-east-1.console.aws.amazon.com/iam/home#/policies/create?step=addPermissions', { variant: 'ace-without-env' });
    expect(await runAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery')).toEqual({ kind: 'done', text: expect.any(String) });
    await clickConsoleButton(page, 'Next');
    await runAction(page, 'fill-form', 'Fill policy name');
    await clickConsoleButton(page, 'Create policy');
    const created = (await replicaState(page)).policies.FinOpsForCloudResourceDiscovery;
    expect(JSON.stringify(JSON.parse(created!.document))).toContain('iam:ListUsers');
    await page.close();
  });
});

/** A bucket policy of `count` unrelated statements (access for the owner's own tools). */
function existingPolicy(bucketName: string, count: number): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: Array.from({ length: count }, (_, index) => ({
      Sid: `TeamRead${index + 1}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:role/team-${index + 1}-reader` },
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/team-${index + 1}/*`],
    })),
  };
}
